using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Outline;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Reads a PDF with PdfPig, page by page, in content order. Where the PDF has an outline (bookmarks), each entry starts
/// a section at its page (at the entry's title when the page shows it), nested by outline level; without one, the
/// document is one section. Every paragraph keeps its page number for citations; offsets index the extracted text.
/// Encrypted, corrupt and text-less (scanned) PDFs are reported and skipped.
/// </summary>
public sealed partial class PdfCorpusReader : ICorpusFileReader
{
    private static readonly ContentOrderTextExtractor.Options Extraction = new() { SeparateParagraphsWithDoubleNewline = true };

    public bool CanRead(string sourceFile) => Path.GetExtension(sourceFile).Equals(".pdf", StringComparison.OrdinalIgnoreCase);

    public CorpusDocument Read(string sourceFile, byte[] bytes)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new CorpusFormatException($"'{sourceFile}' is an encrypted (password-protected) PDF: it was skipped. Add an unprotected copy.", ex);
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or InvalidCastException)
        {
            throw new CorpusFormatException($"'{sourceFile}' is not a readable PDF ({ex.GetType().Name}): it was skipped.", ex);
        }

        using (pdf)
        {
            var pages = new List<string>(pdf.NumberOfPages);
            try
            {
                for (var number = 1; number <= pdf.NumberOfPages; number++)
                {
                    pages.Add(ContentOrderTextExtractor.GetText(pdf.GetPage(number), Extraction));
                }
            }
            catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                throw new CorpusFormatException($"'{sourceFile}' has a page that cannot be read (page {pages.Count + 1}, {ex.GetType().Name}): it was skipped.", ex);
            }

            if (pages.All(string.IsNullOrWhiteSpace))
            {
                throw new CorpusFormatException($"'{sourceFile}' has no text layer (scanned pages?): it was skipped. Add a PDF with text, or its text.");
            }

            var builder = new SectionTreeBuilder(sourceFile);

            // A PDF's metadata title names the document better than its first outline entry ("Introduction").
            builder.SetTitle(pdf.Information.Title);
            var outline = Outline(pdf);
            for (var page = 1; page <= pages.Count; page++)
            {
                AddPage(builder, pages[page - 1], page, outline.Where(o => o.Page == page).ToList());
            }

            return builder.Build();
        }
    }

    /// <summary>Outline entries that point at a page of this document, in outline order, with levels from 1.</summary>
    private static List<(string Title, int Level, int Page)> Outline(PdfDocument pdf)
    {
        if (!pdf.TryGetBookmarks(out var bookmarks))
        {
            return [];
        }

        return [.. bookmarks.GetNodes()
            .OfType<DocumentBookmarkNode>()
            .Where(b => b.PageNumber >= 1 && b.PageNumber <= pdf.NumberOfPages && !string.IsNullOrWhiteSpace(b.Title))
            .Select(b => (b.Title.Trim(), b.Level + 1, b.PageNumber))];
    }

    /// <summary>Adds a page's paragraphs, starting each outline entry's section where its title appears (else at the top).</summary>
    private static void AddPage(SectionTreeBuilder builder, string text, int page, List<(string Title, int Level, int Page)> headings)
    {
        var paragraphs = ParagraphBreak().Split(text).Select(JoinLines).Where(p => p.Length > 0).ToList();
        var next = 0;
        foreach (var (title, level, _) in headings)
        {
            var at = paragraphs.FindIndex(next, p => p.StartsWith(SectionTreeBuilder.Normalize(title), StringComparison.OrdinalIgnoreCase));
            if (at >= 0)
            {
                Add(builder, paragraphs, next, at, page);
                var rest = paragraphs[at][SectionTreeBuilder.Normalize(title).Length..].Trim();
                paragraphs[at] = rest;
                next = at;
            }

            builder.Heading(level, title);
        }

        Add(builder, paragraphs, next, paragraphs.Count, page);
    }

    private static void Add(SectionTreeBuilder builder, List<string> paragraphs, int from, int to, int page)
    {
        for (var i = from; i < to; i++)
        {
            builder.Paragraph(paragraphs[i], page: page);
        }
    }

    /// <summary>The lines of one paragraph as one line; a word hyphenated at a line end is joined again.</summary>
    private static string JoinLines(string paragraph) =>
        SectionTreeBuilder.Normalize(Hyphenation().Replace(paragraph.Replace("\r", string.Empty), "$1$2"));

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"(\p{Ll})-\n(\p{Ll})")]
    private static partial Regex Hyphenation();
}
