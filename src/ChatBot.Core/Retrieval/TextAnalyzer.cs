using System.Globalization;
using System.Text;

namespace ChatBot.Core.Retrieval;

/// <summary>Turns text into search terms: lower case, diacritics folded, English stop words dropped, Porter-stemmed.</summary>
public static class TextAnalyzer
{
    // Function words and question words carry no topic; "trotsky" is left in and left to IDF.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "yours", "yourself",
        "s", "t", "d", "ll", "re", "ve", "m", "pls", "please", "tell", "did", "get", "got", "actually", "supposedly",
    };

    /// <summary>The search terms of <paramref name="text"/>, in order, duplicates kept.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            if (StopWords.Contains(word))
            {
                continue;
            }

            terms.Add(PorterStemmer.Stem(word));
        }

        return terms;
    }

    /// <summary>Lower-cased, diacritics-folded words of <paramref name="text"/> (letters and digits), stop words kept.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
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
}
