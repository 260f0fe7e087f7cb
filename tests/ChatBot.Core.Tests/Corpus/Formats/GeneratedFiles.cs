using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Core.Tests.Corpus.Formats;

/// <summary>Small PDF, DOCX and broken files written by the tests themselves (PdfPig's builder, the Open XML SDK).</summary>
public static class GeneratedFiles
{
    /// <summary>A PDF with one page per entry; each page's lines are written top down, a blank string leaves a gap.</summary>
    public static byte[] Pdf(IReadOnlyList<string[]> pages, IReadOnlyList<(string Title, int Level, int Page)>? outline = null, string? title = null)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                if (line.Length > 0)
                {
                    page.AddText(line, 11, new PdfPoint(50, y), font);
                }

                y -= line.Length > 0 ? 14 : 28;
            }
        }

        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        if (outline is not null)
        {
            builder.Bookmarks = new Bookmarks(Nest(outline));
        }

        return builder.Build();
    }

    /// <summary>A PDF whose trailer names a Standard security handler with a user password: PdfPig cannot open it without one.</summary>
    public static byte[] EncryptedPdf()
    {
        var text = Encoding.Latin1.GetString(Pdf([["Secret minutes of the board."]]));
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", trailer, StringComparison.Ordinal) + 2;
        var o = new string('A', 64);
        var u = new string('B', 64);
        var encrypt = $" /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <{o}> /U <{u}> /P -44 >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ";
        return Encoding.Latin1.GetBytes(text.Insert(open, encrypt));
    }

    /// <summary>A Word document: (style id or null, text) per paragraph; "list:" before the text makes a bulleted item.</summary>
    public static byte[] Docx(IEnumerable<(string? Style, string Text)> paragraphs, IEnumerable<(string Id, string Name)>? styles = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            if (styles is not null)
            {
                var part = main.AddNewPart<StyleDefinitionsPart>();
                part.Styles = new W.Styles(styles.Select(s => new W.Style(new W.StyleName { Val = s.Name }) { Type = W.StyleValues.Paragraph, StyleId = s.Id }));
            }

            var body = new W.Body();
            foreach (var (style, text) in paragraphs)
            {
                var properties = new W.ParagraphProperties();
                if (style is not null)
                {
                    properties.ParagraphStyleId = new W.ParagraphStyleId { Val = style };
                }

                var content = text;
                if (content.StartsWith("list:", StringComparison.Ordinal))
                {
                    properties.NumberingProperties = new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = 1 });
                    content = content["list:".Length..];
                }

                body.Append(new W.Paragraph(properties, new W.Run(new W.Text(content) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>A valid zip that is no Word document.</summary>
    public static byte[] ZipThatIsNotADocx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            entry.Write("Just a zipped text file.");
        }

        return stream.ToArray();
    }

    private static List<BookmarkNode> Nest(IReadOnlyList<(string Title, int Level, int Page)> outline)
    {
        // Entries in order; an entry belongs under the closest earlier one with a smaller level.
        var roots = new List<BookmarkNode>();
        var open = new List<(int Level, string Title, int Page, List<BookmarkNode> Children)>();
        void CloseTo(int level)
        {
            while (open.Count > 0 && open[^1].Level >= level)
            {
                var (l, title, page, children) = open[^1];
                open.RemoveAt(open.Count - 1);
                var node = new DocumentBookmarkNode(title, l - 1, new ExplicitDestination(page, ExplicitDestinationType.XyzCoordinates, ExplicitDestinationCoordinates.Empty), children);
                (open.Count > 0 ? open[^1].Children : roots).Add(node);
            }
        }

        foreach (var (title, level, page) in outline)
        {
            CloseTo(level);
            open.Add((level, title, page, []));
        }

        CloseTo(1);
        return roots;
    }
}
