using ChatBot.Core.Text;
namespace ChatBot.Core.Retrieval;

/// <summary>
/// Replaces a word the corpus does not have by the corpus word closest to it: one edit for words of 5–7 letters, two
/// for longer ones, the more frequent on ties ("testement" → "testament", "trotksy" → "trotsky").
/// </summary>
public sealed class SpellingCorrector
{
    /// <summary>Shorter words are too easily confused with other words by one edit.</summary>
    public const int MinLength = 5;

    private readonly Dictionary<string, string> vocabulary; // folded word → its term
    private readonly Func<string, int> frequency;

    /// <param name="words">Folded corpus words (shorter ones are ignored).</param>
    /// <param name="frequency">How common a term is, to break ties.</param>
    public SpellingCorrector(IEnumerable<string> words, Func<string, int> frequency)
    {
        vocabulary = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Length >= MinLength && !vocabulary.ContainsKey(word) && TextAnalyzer.Terms(word) is [var term])
            {
                vocabulary[word] = term;
            }
        }

        this.frequency = frequency;
    }

    /// <summary>The term of the corpus word closest to the folded <paramref name="word"/>, or null when none is close enough.</summary>
    public string? Closest(string word)
    {
        if (word.Length < MinLength)
        {
            return null;
        }

        var maxEdits = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var (candidate, term) in vocabulary)
        {
            if (Math.Abs(candidate.Length - word.Length) > maxEdits)
            {
                continue;
            }

            var distance = EditDistance.Between(word, candidate, maxEdits);
            if (distance > maxEdits)
            {
                continue;
            }

            var count = frequency(term);
            if (distance < bestDistance || (distance == bestDistance && count > bestFrequency))
            {
                (best, bestDistance, bestFrequency) = (term, distance, count);
            }
        }

        return best;
    }
}
