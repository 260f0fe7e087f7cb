using ChatBot.Core.Text;
using System.Text;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Names;

/// <summary>
/// The form in which two spellings of one name compare equal: folded by the text analyzer (case, diacritics), then
/// the usual variants of transliterated names made one — y/i/j, kh/h, tz/ts, sht/st, x/ks, w/v, ph/f, doubled
/// letters — so "Trotskii", "Trotskij" and "Trotsky" meet, "Bronshtein" meets "Bronstein" and "Khrustalyov" meets
/// "Khrustalev". Ordinals meet whichever way they are written: "XIIIth", "Thirteenth"… and "13th"; "Second" and "2nd".
/// </summary>
public static partial class NameKey
{
    private static readonly (string From, string To)[] Variants =
        [("kh", "h"), ("tz", "ts"), ("sht", "st"), ("x", "ks"), ("w", "v"), ("ph", "f"), ("yo", "e"), ("y", "i"), ("j", "i")];

    // Shorter names one letter apart are often two people ("Sedov", "Sedova"; "Kamenev", "Kameneva").
    private const int MinFuzzyLength = 8;

    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    /// <summary>The key of one word (a name or any other word of a passage).</summary>
    public static string Of(string word)
    {
        if (Ordinal(word) is { } ordinal)
        {
            return ordinal;
        }

        var folded = TextAnalyzer.Fold(word).Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);
        foreach (var (from, to) in Variants)
        {
            folded = folded.Replace(from, to, StringComparison.Ordinal);
        }

        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (key.Length == 0 || key[^1] != c || char.IsDigit(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>Whether two keys of long names (eight letters or more) are one edit apart: a spelling slip, not another name.</summary>
    public static bool AreClose(string a, string b) =>
        a.Length >= MinFuzzyLength && b.Length >= MinFuzzyLength && a != b && EditDistance.Between(a, b, 1) <= 1;

    // "XIIIth" or "Thirteenth" → "13th", "II" → "2" (as in "Nicholas II"); null for any other word.
    private static string? Ordinal(string word)
    {
        var index = Array.IndexOf(OrdinalWords, word.ToLowerInvariant());
        if (index >= 0)
        {
            return Suffixed(index + 1);
        }

        var roman = Roman().Match(word);
        if (!roman.Success || (roman.Groups[1].Length == 1 && roman.Groups[2].Length == 0))
        {
            return null;
        }

        var value = 0;
        var digits = roman.Groups[1].Value;
        for (var i = 0; i < digits.Length; i++)
        {
            var current = RomanValue(digits[i]);
            value += i + 1 < digits.Length && RomanValue(digits[i + 1]) > current ? -current : current;
        }

        return roman.Groups[2].Length > 0 ? Suffixed(value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Suffixed(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static int RomanValue(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 100 };

    [System.Text.RegularExpressions.GeneratedRegex(@"^([IVXLC]+)(th|st|nd|rd)?$")]
    private static partial System.Text.RegularExpressions.Regex Roman();
}
