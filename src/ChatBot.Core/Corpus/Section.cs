namespace ChatBot.Core.Corpus;

/// <summary>A heading of a document with its own paragraphs (not those of its sub-sections).</summary>
/// <param name="Id">Stable, URL-safe id, unique within the corpus (e.g. "leon-trotsky/childhood-and-family-1879-1895").</param>
/// <param name="Path">Heading path from the top, e.g. ["Encyclopedia", "Before the 1917 Revolution", "Childhood and family (1879–1895)"]; glossary entries are ["Glossary", title].</param>
/// <param name="SourceFile">File name of the source, relative to the corpus folder.</param>
public sealed record Section(string Id, IReadOnlyList<string> Path, SectionKind Kind, string SourceFile, IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>Separator used wherever a heading path is shown as one string.</summary>
    public const string PathSeparator = " › ";

    /// <summary>The deepest heading.</summary>
    public string Title => Path[^1];

    /// <summary>The heading path joined with " › ".</summary>
    public string DisplayPath => string.Join(PathSeparator, Path);
}
