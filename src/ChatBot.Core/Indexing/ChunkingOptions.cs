namespace ChatBot.Core.Indexing;

/// <summary>Passage sizes ("Chunking" section of appsettings.json), in characters of clean text.</summary>
public sealed class ChunkingOptions
{
    public const string SectionName = "Chunking";

    /// <summary>Paragraphs are gathered into a passage until it would grow past this length.</summary>
    public int TargetChars { get; set; } = 700;

    /// <summary>
    /// Hard limit: longer paragraphs are split between sentences (a single longer sentence stays whole). 1,000 chars of
    /// English is about 220-250 word pieces, inside the 256-token window of all-MiniLM-L6-v2, so no text goes unembedded.
    /// </summary>
    public int MaxChars { get; set; } = 1000;

    /// <summary>A passage shorter than this is merged with its neighbour in the same section when the result fits MaxChars.</summary>
    public int MinChars { get; set; } = 200;

    /// <summary>Null when the options are usable, otherwise what is wrong.</summary>
    public string? Validate() =>
        TargetChars <= 0 ? "Chunking:TargetChars must be positive."
        : MaxChars < TargetChars ? "Chunking:MaxChars must be at least Chunking:TargetChars."
        : MinChars < 0 || MinChars > TargetChars ? "Chunking:MinChars must be between 0 and Chunking:TargetChars."
        : null;
}
