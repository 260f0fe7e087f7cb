using ChatBot.Core.Indexing;

namespace ChatBot.Core.Retrieval;

/// <summary>The text that is embedded for a passage: its section title, then its text.</summary>
public static class PassageEmbeddingText
{
    /// <summary>Changes whenever <see cref="For"/> changes, so old snapshots are not trusted.</summary>
    public const int Version = 1;

    // The title puts a passage in context ("Assassination", "Glossary › Novy Mir") that its sentences may not repeat.
    public static string For(Passage passage) => $"{passage.Title}: {passage.Text}";
}
