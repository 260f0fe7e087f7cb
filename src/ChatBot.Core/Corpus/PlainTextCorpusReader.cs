namespace ChatBot.Core.Corpus;

/// <summary>Reads a plain .txt file: its paragraphs under one section named after the file.</summary>
public sealed class PlainTextCorpusReader : ICorpusReader
{
    /// <summary>True for the file types the corpus loader reads (.txt, .md, .markdown).</summary>
    public static bool IsTextFile(string sourceFile) =>
        Path.GetExtension(sourceFile).ToLowerInvariant() is ".txt" or ".md" or ".markdown";

    public bool CanRead(string sourceFile, string text) =>
        Path.GetExtension(sourceFile).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    public CorpusDocument Read(string sourceFile, string text)
    {
        var lines = SourceLine.Split(text);
        var title = Path.GetFileNameWithoutExtension(sourceFile);
        var paragraphs = TextBlockReader.Read(lines, 0, lines.Count);
        var id = new SectionIdAllocator().Allocate(SectionIdAllocator.FilePrefix(sourceFile), title);
        return new CorpusDocument(sourceFile, title, [new Section(id, [title], SectionKind.Article, sourceFile, paragraphs)]);
    }
}
