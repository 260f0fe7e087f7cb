using ChatBot.Core.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Names;

/// <summary>
/// Finds the names of a text: runs of capitalised words joined by white space ("Lev Davidovich Bronshtein", "James P.
/// Cannon"); a possessive ends a run ("Trotsky's Red Army" holds "Trotsky" and "Red Army"), and so does any lower-case
/// word ("Cannon and Dobbs" are two names; "Literature and Revolution" two checked words). It reads the letter case that
/// the text analyzer folds away, and compares words by <see cref="NameKey"/>.
/// </summary>
public static partial class NameFinder
{
    // Lower-case words inside a name that still count for its acronym ("Federal Bureau of Investigation" → FBI).
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "on", "de", "del", "della", "di", "da", "la", "le", "von", "van", "der", "den", "du", "y",
    };

    /// <summary>One word of a name: its key parts (a hyphenated word gives several) and whether it is an initial ("P.").</summary>
    public sealed record Token(IReadOnlyList<string> Keys, bool Initial);

    /// <summary>
    /// The names a claim makes, each as the tokens that must be found: capitalised words that are not function words,
    /// and not a capitalised first word (of the claim, or after a colon, semicolon or opening quote) that
    /// <paramref name="isCommonWord"/> says the text also writes in lower case ("Born in Yanovka…").
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Token>> Phrases(string claim, Func<string, bool> isCommonWord)
    {
        var phrases = new List<IReadOnlyList<Token>>();
        foreach (var run in Runs(claim))
        {
            var tokens = new List<Token>();
            foreach (var word in run.Where(w => w.Capitalised))
            {
                if (IsFunctionWord(word.Text) || (IsOpening(claim, word.Start) && isCommonWord(word.Text)))
                {
                    continue;
                }

                tokens.Add(new Token(KeysOf(word.Text), word.Initial));
            }

            if (tokens.Count > 0)
            {
                phrases.Add(tokens);
            }
        }

        return phrases;
    }

    /// <summary>The names a passage mentions, each as the keys of its capitalised words (function words left out).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Mentions(string text)
    {
        var mentions = new List<IReadOnlyList<string>>();
        foreach (var run in Runs(text))
        {
            var keys = run.Where(w => w.Capitalised && !w.Initial && !IsFunctionWord(w.Text)).SelectMany(w => KeysOf(w.Text)).ToList();
            if (keys.Count > 0)
            {
                mentions.Add(keys);
            }
        }

        return mentions;
    }

    /// <summary>
    /// The acronyms the names of <paramref name="text"/> spell ("Federal Bureau of Investigation" → fbi, "Russian Social
    /// Democratic Labour Party" → rsdlp), as keys, so a claim may write a name the short way.
    /// </summary>
    public static IEnumerable<string> Acronyms(string text)
    {
        foreach (var run in Runs(text, withConnectors: true))
        {
            var initials = run.Where(w => w.Capitalised && !IsFunctionWord(w.Text)).Select(w => w.Text[0]).ToArray();
            if (initials.Length >= 2)
            {
                yield return NameKey.Of(new string(initials));
            }
        }
    }

    /// <summary>The keys of every word of <paramref name="text"/>, whatever its case.</summary>
    public static HashSet<string> AllKeys(string text) =>
        Words(text).Where(w => !w.Initial).SelectMany(w => KeysOf(w.Text)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The keys of the capitalised words <paramref name="text"/> writes inside a sentence (not first): its proper nouns.</summary>
    public static IEnumerable<string> ProperWords(string text) =>
        Words(text).Where(w => w.Capitalised && !w.Initial && !IsOpening(text, w.Start) && !IsFunctionWord(w.Text)).SelectMany(w => KeysOf(w.Text));

    /// <summary>The keys of the words <paramref name="text"/> writes in lower case, for telling names from common words.</summary>
    public static IEnumerable<string> LowerCaseWords(string text) =>
        Words(text).Where(w => !w.Capitalised && char.IsLetter(w.Text[0])).SelectMany(w => KeysOf(w.Text));

    /// <summary>The keys of one word: its hyphen-separated parts ("Ust-Kut" → ust, kut).</summary>
    public static IReadOnlyList<string> KeysOf(string word) =>
        [.. word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(NameKey.Of).Where(k => k.Length > 0)];

    private static bool IsFunctionWord(string word) => TextAnalyzer.Terms(word).Count == 0;

    // The first word of the claim, or of a part after a colon, semicolon, dash or opening quote or bracket.
    private static bool IsOpening(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i >= 1 && text[i] == '.' && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2])))
        {
            return false; // the dot of an initial: "James P. Cannon"
        }

        return i < 0 || text[i] is ':' or ';' or '"' or '“' or '‘' or '(' or '—' or '–' or '.' or '!' or '?';
    }

    private static List<List<Word>> Runs(string text, bool withConnectors = false)
    {
        var words = Words(text);
        var runs = new List<List<Word>>();
        var current = new List<Word>();
        void Close()
        {
            // Connectors hanging at the end of a run ("Lenin and") belong to no name.
            while (current.Count > 0 && !current[^1].Capitalised)
            {
                current.RemoveAt(current.Count - 1);
            }

            if (current.Count > 0)
            {
                runs.Add(current);
            }

            current = [];
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var joined = current.Count > 0 && !current[^1].Possessive && IsBlank(text, current[^1].End, word.Start);
            if (!joined)
            {
                Close();
            }

            if (word.Capitalised)
            {
                current.Add(word);
            }
            else if (withConnectors && current.Count > 0 && Connectors.Contains(word.Text))
            {
                current.Add(word);
            }
            else
            {
                Close();
            }

            if (word.Possessive)
            {
                Close();
            }
        }

        Close();
        return runs;
    }

    private static bool IsBlank(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (Match match in WordPattern().Matches(text))
        {
            var value = match.Value;
            var possessive = false;
            if (value.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || value.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            {
                value = value[..^2];
                possessive = true;
            }
            else if (value.EndsWith('\'') || value.EndsWith('’'))
            {
                value = value[..^1];
                possessive = true;
            }

            if (value.Length == 0)
            {
                continue;
            }

            var end = match.Index + match.Length;
            var initial = value.Length == 1 && char.IsUpper(value[0]) && end < text.Length && text[end] == '.';
            // "then-Justice Minister": a hyphenated word with a capitalised part belongs to the name.
            var capitalised = char.IsUpper(value[0]) || (char.IsLetter(value[0]) && value.Split('-').Any(part => part.Length > 0 && char.IsUpper(part[0])));
            words.Add(new Word(value, match.Index, initial ? end + 1 : end, capitalised, initial, possessive));
        }

        return words;
    }

    private readonly record struct Word(string Text, int Start, int End, bool Capitalised, bool Initial, bool Possessive);

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*['’]?|\p{Nd}+(?:st|nd|rd|th)\b")]
    private static partial Regex WordPattern();
}
