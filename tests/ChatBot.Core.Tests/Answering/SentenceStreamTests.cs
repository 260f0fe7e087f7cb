using ChatBot.Core.Answering;

namespace ChatBot.Core.Tests.Answering;

public sealed class SentenceStreamTests
{
    public static TheoryData<string> Replies => new()
    {
        "Trotsky was born in Yanovka in 1879 [1]. He later escaped from Siberia [2].",
        "Trotsky was born in Yanovka in 1879.[1] He later escaped from Siberia.[2][3] Then London.",
        "He was born in 1879. [1] [2] He escaped in 1902. [3]",
        "J. V. Stalin rose after 1924 [1]. The army grew 1.5 times [2]! Did it? Yes.",
        "He said \"no.\" Then he left [1]. (It was 1917.) Later [2].",
        "I couldn't find that in the text.",
        "Trotsky was born in Yanovka [1]. I couldn't find that in the text.",
        "[1] He was born in 1879. [2024] was not a year he saw.",
        "No markers at all here. Just two sentences.",
        "   Leading space. Trailing space.   ",
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public void Append_OneCharacterAtATime_GivesTheSentencesOfTheWholeReply(string reply)
    {
        var stream = new SentenceStream();
        var given = reply.SelectMany(c => stream.Append(c.ToString())).ToList();
        given.AddRange(stream.Flush());

        Assert.Equal(CitationVerifier.SplitSentences(reply), given);
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public void Append_InPiecesOfEveryLength_GivesTheSentencesOfTheWholeReply(string reply)
    {
        for (var size = 2; size <= 12; size++)
        {
            var stream = new SentenceStream();
            var given = reply.Chunk(size).SelectMany(piece => stream.Append(new string(piece))).ToList();
            given.AddRange(stream.Flush());

            Assert.Equal(CitationVerifier.SplitSentences(reply), given);
        }
    }

    [Fact]
    public void Append_SentenceEnds_IsGivenOnceTheNextSentenceBegins()
    {
        var stream = new SentenceStream();

        Assert.Empty(stream.Append("Trotsky was born in Yanovka [1]."));
        Assert.Empty(stream.Append(" "));
        Assert.Equal(["Trotsky was born in Yanovka [1]."], stream.Append("He"));
        Assert.Empty(stream.Append(" escaped."));
        Assert.Equal(["He escaped."], stream.Flush());
    }

    [Fact]
    public void Append_MarkerAfterTheFullStop_WaitsForTheMarkerAndMovesItIntoTheSentence()
    {
        var stream = new SentenceStream();

        Assert.Empty(stream.Append("He was born in 1879. [")); // the "[" may open this sentence's marker
        Assert.Empty(stream.Append("1"));
        Assert.Empty(stream.Append("]"));
        Assert.Equal(["He was born in 1879 [1]."], stream.Append(" He"));
    }
}
