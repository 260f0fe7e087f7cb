namespace ChatBot.Core.VectorStore;

/// <summary>A passage as stored in a vector store: its key, the data fields a citation needs, and its embedding.</summary>
/// <remarks>Described by <see cref="PassageRecordDefinition"/> rather than attributes, so the vector dimension follows the embedding model.</remarks>
public sealed class PassageRecord
{
    /// <summary>The passage id (stable across runs).</summary>
    public string Key { get; set; } = "";

    public string SectionId { get; set; } = "";

    /// <summary>Heading path from the top; glossary entries are ["Glossary", title].</summary>
    public string[] SectionPath { get; set; } = [];

    /// <summary>The section kind's name: Article, Quotations or Glossary.</summary>
    public string Kind { get; set; } = "";

    public string Text { get; set; } = "";

    public string SourceFile { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    /// <summary>The passage embedding (normalised).</summary>
    public ReadOnlyMemory<float> Vector { get; set; }
}
