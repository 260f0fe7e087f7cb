using System.Text.RegularExpressions;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Removes inline Markdown from one line (links and images keep their text, emphasis and code markers go) and
/// remembers where each kept character was, so offsets still point into the source.
/// </summary>
internal static partial class MarkdownInline
{
    public static (string Text, int[] Offsets) Strip(string line, int lineStart)
    {
        var keep = new bool[line.Length];
        Array.Fill(keep, true);
        foreach (Match link in Link().Matches(line))
        {
            // [text](url) and ![alt](url): drop "[" / "![" and "](url)", keep the text.
            var text = link.Groups["text"];
            for (var i = link.Index; i < link.Index + link.Length; i++)
            {
                keep[i] = i >= text.Index && i < text.Index + text.Length;
            }
        }

        foreach (Match marker in Emphasis().Matches(line))
        {
            for (var i = marker.Index; i < marker.Index + marker.Length; i++)
            {
                keep[i] = false;
            }
        }

        var chars = new List<char>(line.Length);
        var offsets = new List<int>(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (keep[i])
            {
                chars.Add(line[i]);
                offsets.Add(lineStart + i);
            }
        }

        return (new string([.. chars]), [.. offsets]);
    }

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)\s]*(\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    // Runs of * or _ that open or close emphasis (next to a word character), and backticks.
    [GeneratedRegex(@"(?<=^|[\s(\[])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=$|[\s).,;:!?\]])|`+")]
    private static partial Regex Emphasis();
}
