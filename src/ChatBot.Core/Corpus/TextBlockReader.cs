using System.Text.RegularExpressions;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Paragraphs of plain text: runs of non-blank lines joined with spaces; a line starting with a bullet ("- ", "* ",
/// "+ ", "• ") or a number ("1. ", "1) ") starts a list item, which the following indented lines continue.
/// </summary>
internal static partial class TextBlockReader
{
    /// <summary>Paragraphs of lines [from, to).</summary>
    public static List<Paragraph> Read(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var paragraphs = new List<Paragraph>();
        TracedTextBuilder? current = null;
        var currentIsList = false;

        void Flush()
        {
            if (current is { IsEmpty: false })
            {
                var text = current.Build();
                if (text.Text.Length > 0)
                {
                    paragraphs.Add(text.ToParagraph(currentIsList));
                }
            }

            current = null;
        }

        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Text.TrimStart().StartsWith("```", StringComparison.Ordinal)
                || line.Text.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                // Fence markers (a Markdown habit in .txt files too) separate paragraphs and are not text.
                Flush();
                continue;
            }

            var marker = ListMarker().Match(line.Text);
            if (marker.Success)
            {
                Flush();
                current = new TracedTextBuilder();
                currentIsList = true;
                var content = marker.Groups["rest"];
                current.Append("• ", line.Start + marker.Groups["marker"].Index);
                current.Append(content.Value, line.Start + content.Index);
                continue;
            }

            if (current is not null && currentIsList && !char.IsWhiteSpace(line.Text[0]))
            {
                // An unindented line after a list item starts a new paragraph.
                Flush();
            }

            if (current is null)
            {
                current = new TracedTextBuilder();
                currentIsList = false;
            }
            else
            {
                current.Append(" ", line.Start);
            }

            current.Append(line.Text, line.Start);
        }

        Flush();
        return paragraphs;
    }

    [GeneratedRegex(@"^\s{0,3}(?<marker>[-*+•]|\d{1,3}[.)])\s+(?<rest>\S.*)$")]
    private static partial Regex ListMarker();
}
