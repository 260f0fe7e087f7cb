using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Replay;

/// <summary>One numbered passage as the Answer prompt shows it to the model: "[n] section path", then the text.</summary>
public sealed partial record PromptSource(int Number, string Path, string Text)
{
    /// <summary>
    /// The numbered passages of a rendered Answer prompt (the user message), read the way a model reads them: a block
    /// starts at a line "[n] path" whose n follows the previous block's, and runs to the next block or the question.
    /// </summary>
    public static IReadOnlyList<PromptSource> Parse(string prompt)
    {
        var sources = new List<PromptSource>();
        int? number = null;
        string path = string.Empty;
        var text = new List<string>();
        void Close()
        {
            if (number is { } n)
            {
                sources.Add(new PromptSource(n, path, string.Join("\n", text).Trim()));
            }
        }

        foreach (var line in prompt.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var header = Header().Match(line);
            if (header.Success && int.Parse(header.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == sources.Count + (number is null ? 1 : 2))
            {
                Close();
                number = sources.Count + 1;
                path = header.Groups[2].Value.Trim();
                text.Clear();
            }
            else if (number is not null && line.StartsWith("Question:", StringComparison.Ordinal))
            {
                break;
            }
            else if (number is not null)
            {
                text.Add(line);
            }
        }

        Close();
        return sources;
    }

    [GeneratedRegex(@"^\[(\d{1,3})\] (.*)$")]
    private static partial Regex Header();
}
