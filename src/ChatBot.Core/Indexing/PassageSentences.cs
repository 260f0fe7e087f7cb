namespace ChatBot.Core.Indexing;

/// <summary>The sentences of passages, in passage order: what the index embeds one by one for the answer selector.</summary>
public static class PassageSentences
{
    private static readonly SentenceSplitter Splitter = new();

    /// <summary>The sentences of one passage.</summary>
    public static IReadOnlyList<string> Of(Passage passage) => Splitter.Split(passage.Text);

    /// <summary>The sentences of every passage, one after another.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<Passage> passages) => [.. passages.SelectMany(Of)];
}
