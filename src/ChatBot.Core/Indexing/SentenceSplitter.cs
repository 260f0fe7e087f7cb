namespace ChatBot.Core.Indexing;

/// <summary>
/// Splits English prose into sentences. A sentence ends at . ! ? or … (plus closing quotes or brackets) followed by
/// white space and a capital, digit or opening quote; not after abbreviations ("St.", "Jr.", "p.", "e.g."), initials
/// ("J. V. Stalin") or inside numbers ("1.5").
/// </summary>
public sealed class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "capt", "cpt", "adm", "maj", "sgt",
        "gov", "pres", "sen", "rep", "rev", "hon", "fr", "mt", "ft", "messrs", "p", "pp", "ch", "chap", "vol", "vols",
        "ed", "eds", "fig", "figs", "c", "ca", "cf", "vs", "approx", "est", "dept", "univ", "inc", "ltd", "co", "corp",
        "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "op", "cit",
        "ibid", "al", "e.g", "i.e", "a.k.a", "viz", "nos",
    };

    private static readonly char[] Closers = [')', ']', '"', '\'', '”', '’', '»'];

    /// <summary>The sentences of <paramref name="text"/>, trimmed.</summary>
    public IReadOnlyList<string> Split(string text) => [.. SplitRanges(text).Select(r => text[r])];

    /// <summary>The sentence spans of <paramref name="text"/> (from-start ranges, trimmed of surrounding white space).</summary>
    public IReadOnlyList<Range> SplitRanges(string text)
    {
        var ranges = new List<Range>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
            {
                end++;
            }

            while (end < text.Length && Array.IndexOf(Closers, text[end]) >= 0)
            {
                end++;
            }

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                i = end - 1;
                continue;
            }

            var next = SkipSpace(text, end);
            if (next >= text.Length)
            {
                break;
            }

            if (!StartsSentence(text[next]) || (ch == '.' && end == i + 1 && IsAbbreviation(text, i, text[next])))
            {
                i = end - 1;
                continue;
            }

            Add(ranges, text, start, end);
            start = next;
            i = next - 1;
        }

        Add(ranges, text, start, text.Length);
        return ranges;
    }

    private static bool StartsSentence(char ch) =>
        char.IsUpper(ch) || char.IsDigit(ch) || ch is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '¿' or '¡';

    /// <summary>True when the word before the period at <paramref name="dot"/> is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int dot, char next)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }

        var word = text[begin..dot];
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. V. Stalin", "James P. Cannon"
        }

        if (word.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return char.IsDigit(next); // "No. 5", but "said no. Then"
        }

        if (word.Contains('.') && word.Split('.').All(part => part.Length == 1))
        {
            return true; // "U.S.", "a.k.a."
        }

        return Abbreviations.Contains(word);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(List<Range> ranges, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            ranges.Add(start..end);
        }
    }
}
