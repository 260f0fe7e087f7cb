using System.Text.RegularExpressions;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Reads a Markdown file: "#" headings (and "===" / "---" underlined ones) become a section tree; text before the first
/// heading goes to a section named after the file; fenced code is kept as one paragraph; inline markers (links,
/// emphasis, code ticks) are removed from the text.
/// </summary>
public sealed partial class MarkdownCorpusReader : ICorpusReader
{
    public bool CanRead(string sourceFile, string text) =>
        Path.GetExtension(sourceFile).ToLowerInvariant() is ".md" or ".markdown";

    public CorpusDocument Read(string sourceFile, string text)
    {
        var lines = SourceLine.Split(text);
        var ids = new SectionIdAllocator();
        var prefix = SectionIdAllocator.FilePrefix(sourceFile);
        var fileTitle = Path.GetFileNameWithoutExtension(sourceFile);
        var sections = new List<Section>();
        var stack = new List<(int Level, string Title)>();
        string? documentTitle = null;

        var bodyStart = 0;
        IReadOnlyList<string>? currentPath = null;

        void Close(int bodyEnd)
        {
            var paragraphs = TextBlockReader.Read(lines, bodyStart, bodyEnd, markdown: true);
            if (currentPath is null && paragraphs.Count == 0)
            {
                return;
            }

            var path = currentPath ?? [fileTitle];
            sections.Add(new Section(ids.Allocate(prefix, path[^1]), path, SectionKind.Article, sourceFile, paragraphs));
        }

        var inFence = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            int level;
            string title;
            var atx = AtxHeading().Match(line);
            var headingLines = 1;
            if (atx.Success)
            {
                level = atx.Groups["hashes"].Length;
                title = MarkdownInline.Strip(atx.Groups["title"].Value, 0).Text.Trim();
            }
            else if (i + 1 < lines.Count && !lines[i].IsBlank && !line.StartsWith(' ') && SetextUnderline().IsMatch(lines[i + 1].Text)
                     && (i == 0 || lines[i - 1].IsBlank))
            {
                level = lines[i + 1].Text.TrimStart()[0] == '=' ? 1 : 2;
                title = MarkdownInline.Strip(line, 0).Text.Trim();
                headingLines = 2;
            }
            else
            {
                continue;
            }

            if (title.Length == 0)
            {
                continue;
            }

            Close(i);
            documentTitle ??= level == 1 ? title : null;
            while (stack.Count > 0 && stack[^1].Level >= level)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            stack.Add((level, title));
            currentPath = [.. stack.Select(s => s.Title)];
            i += headingLines - 1;
            bodyStart = i + 1;
        }

        Close(lines.Count);
        return new CorpusDocument(sourceFile, documentTitle ?? fileTitle, sections);
    }

    [GeneratedRegex(@"^\s{0,3}(?<hashes>#{1,6})\s+(?<title>.*?)\s*#*\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s{0,3}(=+|-+)\s*$")]
    private static partial Regex SetextUnderline();
}
