using ChatBot.Core.Text;
using System.Globalization;
using System.Text;

namespace ChatBot.Core.Text;

/// <summary>
/// The one text analyzer of BM25, the answer selector and the citation check: tokenise → fold (lower case, no
/// diacritics) → stop words → synonyms and phrases → stem (irregular forms to their base word, then Porter). Its word
/// lists are data files (<c>Text/stopwords.txt</c>, <c>irregular.txt</c>, <c>synonyms.txt</c>).
/// </summary>
public static class TextAnalyzer
{
    /// <summary>The terms of <paramref name="text"/>, in order, duplicates kept.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var (_, term) in Analyze(text))
        {
            if (term is not null)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>
    /// Every token of <paramref name="text"/> with its term, or null where the token is a stop word or the second word of
    /// a phrase ("kicked out" → ("kicked", "expel"), ("out", null)).
    /// </summary>
    public static IEnumerable<(string Word, string? Term)> Analyze(string text)
    {
        var tokens = Tokens(text).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i];
            if (i + 1 < tokens.Count && Tables.Phrases.TryGetValue((word, tokens[i + 1]), out var phrase))
            {
                yield return (word, Stem(phrase.Word));
                if (!phrase.KeepSecond)
                {
                    yield return (tokens[++i], null);
                }
            }
            else if (Tables.Synonyms.TryGetValue(word, out var synonym))
            {
                yield return (word, Stem(synonym));
            }
            else
            {
                yield return (word, Tables.StopWords.Contains(word) ? null : Stem(word));
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> (folded) is a stop word.</summary>
    public static bool IsStopWord(string word) => Tables.StopWords.Contains(word);

    /// <summary>The stem of a folded word: an irregular form becomes its base word ("wrote" → "write"), then Porter.</summary>
    public static string Stem(string word) =>
        PorterStemmer.Stem(Tables.Irregular.TryGetValue(word, out var baseWord) ? baseWord : word);

    /// <summary>Folded word tokens (letters and digits; "500,000" is one token, "500000"), stop words included.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var folded = Fold(text);
        var current = new StringBuilder();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if ((c == ',' || c == '.') && current.Length > 0 && char.IsDigit(current[^1]) && i + 1 < folded.Length && char.IsDigit(folded[i + 1]))
            {
                // Thousands separators and decimals: "500,000" is one number, not "500" and "000".
                continue;
            }
            else if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>Lower case with combining marks removed ("Coyoacán" → "coyoacan").</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // Every surface form of the paraphrase tables, by the term it becomes: "birth" → born, birthday, birthdate…
    private static readonly Lazy<Dictionary<string, List<string>>> SurfaceForms = new(() =>
    {
        var forms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string surface)
        {
            if (Terms(surface) is [var term])
            {
                if (!forms.TryGetValue(term, out var list))
                {
                    forms[term] = list = [];
                }

                if (!list.Contains(surface))
                {
                    list.Add(surface);
                }
            }
        }

        foreach (var (surface, word) in Tables.Synonyms)
        {
            Add(surface);
            Add(word);
        }

        foreach (var (surface, _) in Tables.Irregular)
        {
            Add(surface);
        }

        foreach (var ((first, second), _) in Tables.Phrases)
        {
            Add($"{first} {second}");
        }

        return forms;
    });

    /// <summary>
    /// The other wordings, from the paraphrase tables, of the words of <paramref name="text"/> that it does not use itself:
    /// "what was his birthday" → born, birthdate… Searching for them too finds the passage that says it the text's way.
    /// </summary>
    public static IReadOnlyList<string> Paraphrases(string text, int perWord = 6)
    {
        var tokens = Tokens(text).ToList();
        var own = tokens.ToHashSet(StringComparer.Ordinal);
        var result = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Only a word the question puts in other words than the text might ("birthday", "walk away"); the text's own
            // words and their inflections ("die", "died") the search already finds.
            string? term = null;
            if (i + 1 < tokens.Count && Tables.Phrases.TryGetValue((tokens[i], tokens[i + 1]), out var phrase))
            {
                term = Stem(phrase.Word);
            }
            else if (Tables.Synonyms.TryGetValue(tokens[i], out var synonym))
            {
                term = Stem(synonym);
            }

            if (term is not null && SurfaceForms.Value.TryGetValue(term, out var forms))
            {
                result.AddRange(forms.Where(f => !own.Contains(f) && !result.Contains(f)).Take(perWord));
            }
        }

        return result;
    }

    /// <summary>
    /// <paramref name="query"/> followed by the text's wordings of the paraphrased words of <paramref name="question"/>
    /// (<see cref="Paraphrases"/>): "his birthday" also searches for "born".
    /// </summary>
    public static string WithParaphrases(string query, string question) =>
        Paraphrases(question) is { Count: > 0 } paraphrases ? $"{query} {string.Join(' ', paraphrases)}" : query;
}
