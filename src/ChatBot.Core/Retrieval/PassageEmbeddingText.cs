using ChatBot.Core.Indexing;

namespace ChatBot.Core.Retrieval;

/// <summary>The text that is embedded for a passage: its section title, then its text (the snapshot keys vectors by a hash of it).</summary>
public static class PassageEmbeddingText
{
    // The title puts a passage in context ("Assassination", "Glossary › Novy Mir") that its sentences may not repeat.
    public static string For(Passage passage) => $"{passage.Title}: {passage.Text}";
}
