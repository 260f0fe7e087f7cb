using System.Text;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Builds a document's sections from headings and paragraphs given in reading order, as every structured reader
/// (Markdown, HTML, DOCX, PDF) sees them: a heading of level n closes the sections of level ≥ n and opens one under
/// the rest; text before the first heading goes to a section named after the file; the first level-1 heading (or a
/// given title) is the document title. Paragraphs without source offsets get offsets into the extracted text, the
/// paragraphs joined by blank lines, which is what the source viewer shows.
/// </summary>
internal sealed class SectionTreeBuilder(string sourceFile)
{
    private const int ParagraphGap = 2;

    private readonly SectionIdAllocator ids = new();
    private readonly string prefix = SectionIdAllocator.FilePrefix(sourceFile);
    private readonly string fileTitle = Path.GetFileNameWithoutExtension(sourceFile);
    private readonly List<Section> sections = [];
    private readonly List<(int Level, string Title)> stack = [];
    private List<Paragraph> paragraphs = [];
    private IReadOnlyList<string>? path;
    private string? title;
    private int extracted;

    /// <summary>Sets the document title (e.g. from HTML's title or the PDF's metadata) unless a level-1 heading already did.</summary>
    public void SetTitle(string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            title ??= Normalize(value);
        }
    }

    /// <summary>Starts a section at heading level <paramref name="level"/> (1 = top); an empty heading is ignored.</summary>
    public void Heading(int level, string text)
    {
        var heading = Normalize(text);
        if (heading.Length == 0)
        {
            return;
        }

        Close();
        if (level == 1)
        {
            title ??= heading;
        }

        while (stack.Count > 0 && stack[^1].Level >= level)
        {
            stack.RemoveAt(stack.Count - 1);
        }

        stack.Add((level, heading));
        path = [.. stack.Select(s => s.Title)];
        extracted += heading.Length + ParagraphGap;
    }

    /// <summary>A paragraph of extracted text (white space collapsed); its offsets index the extracted text.</summary>
    public void Paragraph(string text, bool isListItem = false, int? page = null)
    {
        var clean = Normalize(text);
        if (clean.Length == 0)
        {
            return;
        }

        if (isListItem)
        {
            clean = "• " + clean;
        }

        var start = extracted;
        extracted += clean.Length + ParagraphGap;
        paragraphs.Add(new Paragraph(clean, start, start + clean.Length, isListItem)
        {
            CharOffsets = Enumerable.Range(start, clean.Length).ToArray(),
            Page = page,
        });
    }

    /// <summary>A paragraph whose characters were traced to source offsets by the reader (Markdown).</summary>
    public void Paragraph(TracedText text, bool isListItem = false)
    {
        if (text.Text.Length > 0)
        {
            paragraphs.Add(text.ToParagraph(isListItem));
        }
    }

    public CorpusDocument Build()
    {
        Close();
        return new CorpusDocument(sourceFile, title ?? fileTitle, sections);
    }

    /// <summary>Collapses white space (NBSP, tabs, line breaks) into single spaces and trims.</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00AD')
            {
                if (ch != '\u00AD' && result.Length > 0 && result[^1] != ' ')
                {
                    result.Append(' ');
                }

                continue;
            }

            result.Append(ch);
        }

        return result.ToString().Trim();
    }

    private void Close()
    {
        if (path is null && paragraphs.Count == 0)
        {
            return;
        }

        var sectionPath = path ?? [fileTitle];
        sections.Add(new Section(ids.Allocate(prefix, sectionPath[^1]), sectionPath, SectionKind.Article, sourceFile, paragraphs));
        paragraphs = [];
        path = null;
    }
}
