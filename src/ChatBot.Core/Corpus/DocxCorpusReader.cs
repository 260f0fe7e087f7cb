using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Reads a Word document (.docx) with the Open XML SDK: paragraphs styled "Heading 1"… "Heading 9" (or with an outline
/// level) make the section tree, the "Title" style names the document, numbered or bulleted paragraphs are list items,
/// table cells are paragraphs. Offsets index the extracted text. A file that is not a Word package is reported.
/// </summary>
public sealed class DocxCorpusReader : ICorpusFileReader
{
    public bool CanRead(string sourceFile) => Path.GetExtension(sourceFile).Equals(".docx", StringComparison.OrdinalIgnoreCase);

    public CorpusDocument Read(string sourceFile, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException)
        {
            throw new CorpusFormatException(
                $"'{sourceFile}' is not a Word document (.docx) that can be opened ({ex.GetType().Name}); a password-protected document cannot be read either: it was skipped.", ex);
        }

        using (document)
        {
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new CorpusFormatException($"'{sourceFile}' is not a Word document (.docx): it has no document body, so it was skipped.");
            var levels = HeadingLevels(document.MainDocumentPart!.StyleDefinitionsPart?.Styles);
            var builder = new SectionTreeBuilder(sourceFile);
            foreach (var paragraph in body.Descendants<W.Paragraph>())
            {
                var text = TextOf(paragraph);
                var properties = paragraph.ParagraphProperties;
                var styleId = properties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
                var level = properties?.OutlineLevel?.Val?.Value is { } outline and < 9 ? outline + 1 : levels.GetValueOrDefault(styleId);
                if (level == TitleLevel)
                {
                    builder.SetTitle(text);
                }
                else if (level > 0)
                {
                    builder.Heading(level, text);
                }
                else
                {
                    builder.Paragraph(text, isListItem: properties?.NumberingProperties is not null || levels.ContainsKey(ListStyle + styleId));
                }
            }

            builder.SetTitle(document.PackageProperties.Title);
            return builder.Build();
        }
    }

    private const int TitleLevel = -1;
    private const string ListStyle = "list:";

    /// <summary>Style id → heading level (1–9), or <see cref="TitleLevel"/>; "list:" + id for list styles.</summary>
    private static Dictionary<string, int> HeadingLevels(W.Styles? styles)
    {
        // Word writes built-in style names in English ("heading 1", "Title") whatever the language of the user interface.
        var levels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var n = 1; n <= 9; n++)
        {
            levels[$"Heading{n}"] = n;
        }

        levels["Title"] = TitleLevel;
        foreach (var style in styles?.Elements<W.Style>() ?? [])
        {
            var id = style.StyleId?.Value;
            var name = style.StyleName?.Val?.Value?.Trim().ToLowerInvariant();
            if (id is null || name is null)
            {
                continue;
            }

            if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name["heading ".Length..], out var n) && n is >= 1 and <= 9)
            {
                levels[id] = n;
            }
            else if (name == "title")
            {
                levels[id] = TitleLevel;
            }
            else if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline and < 9)
            {
                levels[id] = outline + 1;
            }
            else if (name.StartsWith("list", StringComparison.Ordinal))
            {
                levels[ListStyle + id] = 0;
            }
        }

        return levels;
    }

    private static string TextOf(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.TabChar or W.Break or W.CarriageReturn:
                    text.Append(' ');
                    break;
                case W.NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString();
    }
}
