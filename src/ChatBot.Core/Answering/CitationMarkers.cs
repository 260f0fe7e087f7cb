using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering;

/// <summary>Finds the inline citation markers of an answer: [1], [1][2], [1, 2], [1,2].</summary>
public static partial class CitationMarkers
{
    /// <summary>One marker group ("[1, 2]") and the source numbers it names, in order, duplicates removed.</summary>
    public sealed record Group(int Index, int Length, IReadOnlyList<int> Numbers);

    /// <summary>Every marker group of <paramref name="text"/> in reading order.</summary>
    public static IReadOnlyList<Group> Find(string text)
    {
        var groups = new List<Group>();
        foreach (Match match in Pattern().Matches(text))
        {
            var numbers = new List<int>();
            foreach (var part in match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(part, out var n) && !numbers.Contains(n))
                {
                    numbers.Add(n);
                }
            }

            groups.Add(new Group(match.Index, match.Length, numbers));
        }

        return groups;
    }

    /// <summary>The text with every marker group removed and the white space it leaves tidied.</summary>
    public static string Strip(string text) => Tidy(Pattern().Replace(text, string.Empty));

    /// <summary>Writes source numbers as markers: [1][2].</summary>
    public static string Format(IEnumerable<int> numbers) => string.Concat(numbers.Select(n => $"[{n}]"));

    /// <summary>Moves markers written after a full stop ("claim.[1] Next") before it ("claim [1]. Next"), so sentences split cleanly.</summary>
    public static string BeforeStops(string text) => AfterStop().Replace(text, m => $" {m.Groups[2].Value.Trim()}{m.Groups[1].Value}");

    /// <summary>Collapses runs of spaces and removes spaces left before punctuation.</summary>
    internal static string Tidy(string text) => SpaceBeforePunctuation().Replace(Spaces().Replace(text, " "), "$1").Trim();

    [GeneratedRegex(@"\[\s*(\d{1,3}(?:\s*,\s*\d{1,3})*)\s*\]")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"([.!?…]+[""”’)]*)((?:\s*\[\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*\])+)")]
    private static partial Regex AfterStop();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[ \t]+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
