using ChatBot.Core.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Replay;

/// <summary>The changes the replay's corrupted replies make to a faithful sentence, each generic: no item has its own.</summary>
internal static partial class ReplayCorruptions
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Facts no passage of the corpus states; chosen per item by a stable hash. Some carry a number or a name, some only
    // common words, so that each part of the check gets its turn.
    private static readonly string[] Inventions =
    [
        "He later taught mathematics at a school in Geneva for three years.",
        "In 1911 he kept a private diary written entirely in Esperanto.",
        "His favourite pastime in exile was beekeeping, which he wrote about at length.",
        "He was awarded an honorary degree by the University of Edinburgh in 1926.",
        "He owned a small vineyard near the sea that his brother managed for him.",
        "During the journey he fell ill with typhus and spent a month in a hospital in Warsaw.",
        "He once challenged a newspaper editor to a duel over an unflattering article.",
        "He regularly played chess by post with a Dutch schoolteacher.",
        "He translated several plays by Shakespeare into Ukrainian.",
        "The family lived for a while on a houseboat moored on the Seine.",
        "He was a keen cyclist and rode across the Alps twice.",
        "His speeches were recorded on gramophone discs and sold in large numbers.",
    ];

    public static (string Sentence, string? Introduced)? ChangeNumber(string sentence, string passage)
    {
        var held = TextAnalyzer.Tokens(passage).ToHashSet(StringComparer.Ordinal);
        foreach (Match match in Number().Matches(sentence))
        {
            var digits = match.Value.Replace(",", string.Empty, StringComparison.Ordinal);
            if (!long.TryParse(digits, out var value) || !held.Contains(digits))
            {
                continue;
            }

            long[] candidates = value is >= 1000 and <= 2100 ? [value + 1, value - 1, value + 2, value - 2, value + 3] : [value + 1, value * 2, value + 2, value + 10];
            foreach (var candidate in candidates.Where(c => c > 0 && !held.Contains(c.ToString(CultureInfo.InvariantCulture))))
            {
                var text = match.Value.Contains(',', StringComparison.Ordinal)
                    ? candidate.ToString("N0", CultureInfo.InvariantCulture)
                    : candidate.ToString(CultureInfo.InvariantCulture);
                return (string.Concat(sentence.AsSpan(0, match.Index), text, sentence.AsSpan(match.Index + match.Length)), text);
            }
        }

        return null;
    }

    public static (string Sentence, string? Introduced)? ChangeMonth(string sentence, string passage)
    {
        var held = WordsOf(passage);
        foreach (var (month, i) in Months.Select((m, i) => (m, i)))
        {
            if (!held.Contains(month.ToLowerInvariant()) || !WordPattern(month).IsMatch(sentence))
            {
                continue;
            }

            var replacement = Enumerable.Range(1, 11).Select(k => Months[(i + k) % 12]).FirstOrDefault(m => !held.Contains(m.ToLowerInvariant()));
            return replacement is null ? null : (WordPattern(month).Replace(sentence, replacement, 1), replacement);
        }

        return null;
    }

    public static string? Negate(string sentence) =>
        Auxiliary().Match(sentence) is { Success: true } match
            ? sentence.Insert(match.Index + match.Length, " not")
            : null;

    public static string Invention(string itemId) => Inventions[(int)(StableHash(itemId + "/invented") % (uint)Inventions.Length)];

    public static string LowerFirstCommonWord(string sentence)
    {
        var space = sentence.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? sentence : sentence[..space];
        // "The army…" → "the army…", but "Trotsky…" stays.
        return TextAnalyzer.Terms(first).Count == 0 ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;
    }

    public static HashSet<string> WordsOf(string text) => TextAnalyzer.Tokens(text).ToHashSet(StringComparer.Ordinal);

    public static Regex WordPattern(string word) => new($@"\b{Regex.Escape(word)}\b", RegexOptions.CultureInvariant);

    // FNV-1a: string.GetHashCode differs between processes, and the replay must pick the same variants every run.
    public static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    [GeneratedRegex(@"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.])\d+(?![\d])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:was|were|is|are|had|has|did|could|would|will)\b(?! not\b| never\b)")]
    private static partial Regex Auxiliary();
}
