using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering;

/// <summary>Splits passage text and model answers into sentences; citation markers after a full stop stay with their sentence.</summary>
internal static partial class AnswerSentenceSplitter
{
    // Words after which a full stop does not end a sentence ("St. Petersburg", "James P. Cannon", "p. 45").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "mr", "mrs", "ms", "dr", "jr", "sr", "prof", "gen", "col", "lt", "capt", "rev", "vs", "no", "p", "pp",
        "vol", "ed", "eds", "cf", "ca", "c", "approx", "fig", "i.e", "e.g", "etc", "ibid", "op", "jan", "feb", "aug",
        "sept", "sep", "oct", "nov", "dec", "u.s", "u.k",
    };

    /// <summary>The sentences of <paramref name="text"/>, trimmed, empty ones left out.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sentences;
        }

        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            var end = boundary.Index + boundary.Length;
            var nextIndex = end;
            if (nextIndex < text.Length && !StartsSentence(text[nextIndex]))
            {
                continue;
            }

            if (IsAbbreviation(text, boundary.Index))
            {
                continue;
            }

            Add(sentences, text[start..end]);
            start = end;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '(' or '[' or '•' or '«';

    private static bool IsAbbreviation(string text, int stopIndex)
    {
        if (text[stopIndex] != '.')
        {
            return false;
        }

        var wordStart = stopIndex;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || (text[wordStart - 1] == '.' && wordStart - 1 > 0 && char.IsLetter(text[wordStart - 2]))))
        {
            wordStart--;
        }

        var word = text[wordStart..stopIndex];
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital letter is an initial ("James P. Cannon").
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var trimmed = candidate.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    // End punctuation, closing quotes or brackets, any citation markers, then white space.
    [GeneratedRegex(@"[.!?…]+[""'”’)\]]*(?:\s*\[\s*\d+(?:\s*,\s*\d+)*\s*\])*\s+")]
    private static partial Regex Boundary();
}
