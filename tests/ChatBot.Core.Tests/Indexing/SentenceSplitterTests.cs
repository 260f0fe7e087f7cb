using ChatBot.Core.Indexing;

namespace ChatBot.Core.Tests.Indexing;

public sealed class SentenceSplitterTests
{
    private readonly SentenceSplitter _splitter = new();

    [Theory]
    [InlineData("He moved to St. Petersburg in 1905. Then he left.", "He moved to St. Petersburg in 1905.|Then he left.")]
    [InlineData("Martin Dies, Jr. was a Texas politician. He chaired it.", "Martin Dies, Jr. was a Texas politician.|He chaired it.")]
    [InlineData("As quoted in Deutscher, p. 45. Later works differ.", "As quoted in Deutscher, p. 45.|Later works differ.")]
    [InlineData("J. V. Stalin and James P. Cannon met. Nobody saw.", "J. V. Stalin and James P. Cannon met.|Nobody saw.")]
    [InlineData("It grew 1.5 times. Then it fell.", "It grew 1.5 times.|Then it fell.")]
    [InlineData("Is it? Yes! \"Quite so.\" (Really.) Done…", "Is it?|Yes!|\"Quite so.\"|(Really.)|Done…")]
    [InlineData("Armed robberies, i.e., expropriations, etc. were banned. Then peace.", "Armed robberies, i.e., expropriations, etc. were banned.|Then peace.")]
    [InlineData("He headed the U.S. National Institute. She did not.", "He headed the U.S. National Institute.|She did not.")]
    [InlineData("Ends with no punctuation", "Ends with no punctuation")]
    [InlineData("  Leading and trailing.  ", "Leading and trailing.")]
    [InlineData("He said no. Then he left for No. 5 Street.", "He said no.|Then he left for No. 5 Street.")]
    public void Split_FindsSentenceBoundaries(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), _splitter.Split(text));
    }

    [Fact]
    public void SplitRanges_PointIntoTheText()
    {
        const string text = "One. Two.  Three.";
        var ranges = _splitter.SplitRanges(text);
        Assert.Equal(["One.", "Two.", "Three."], ranges.Select(r => text[r]));
        Assert.Equal(11, ranges[2].Start.Value);
    }

    [Fact]
    public void Split_EmptyText_GivesNoSentences()
    {
        Assert.Empty(_splitter.Split(string.Empty));
        Assert.Empty(_splitter.Split("   "));
    }
}
