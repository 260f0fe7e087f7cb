using ChatBot.Core.Corpus;

namespace ChatBot.Core.Indexing;

/// <summary>A retrievable, citable piece of one section: never crosses a section boundary, ends on a sentence boundary.</summary>
/// <param name="Id">Stable id derived from the source file, section path and text (same text, same id, on every machine).</param>
/// <param name="Start">Source offset of the first character the passage came from.</param>
/// <param name="End">Source offset one past the last character the passage came from.</param>
public sealed record Passage(
    string Id,
    string SectionId,
    IReadOnlyList<string> SectionPath,
    SectionKind Kind,
    string Text,
    string SourceFile,
    int Start,
    int End)
{
    /// <summary>The page (from 1) the passage starts on, for paged formats (PDF); null otherwise.</summary>
    public int? Page { get; init; }

    /// <summary>The deepest heading of the section.</summary>
    public string Title => SectionPath[^1];

    /// <summary>Heading path joined with " › ", as shown to users and in JSON output.</summary>
    public string DisplayPath => string.Join(Section.PathSeparator, SectionPath);
}
