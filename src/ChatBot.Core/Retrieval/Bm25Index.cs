using ChatBot.Core.Text;
namespace ChatBot.Core.Retrieval;

/// <summary>An immutable Okapi BM25 index over a list of documents, addressed by their position in that list.</summary>
public sealed class Bm25Index
{
    private readonly Dictionary<string, List<(int Doc, int Count)>> postings = new(StringComparer.Ordinal);
    private readonly SpellingCorrector speller;
    private readonly int[] lengths;
    private readonly double averageLength;
    private readonly double k1;
    private readonly double b;

    /// <param name="documents">The text of each document (already including any title text that should match).</param>
    /// <param name="k1">Term-frequency saturation (typically 0.9–1.5).</param>
    /// <param name="b">Length normalisation (0 = none, 1 = full).</param>
    public Bm25Index(IReadOnlyList<string> documents, double k1 = 1.2, double b = 0.75)
    {
        this.k1 = k1;
        this.b = b;
        lengths = new int[documents.Count];
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var doc = 0; doc < documents.Count; doc++)
        {
            var terms = TextAnalyzer.Terms(documents[doc]);
            words.UnionWith(TextAnalyzer.Tokens(documents[doc]));
            lengths[doc] = terms.Count;
            foreach (var group in terms.GroupBy(t => t, StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(group.Key, out var list))
                {
                    postings[group.Key] = list = [];
                }

                list.Add((doc, group.Count()));
            }
        }

        averageLength = documents.Count == 0 ? 0 : Math.Max(1.0, lengths.Average());
        speller = new SpellingCorrector(words, term => postings.TryGetValue(term, out var list) ? list.Count : 0);
    }

    /// <summary>Number of documents indexed.</summary>
    public int Count => lengths.Length;

    /// <summary>Inverse document frequency of an analysed term (BM25+ style, never negative).</summary>
    public double Idf(string term)
    {
        var df = postings.TryGetValue(term, out var list) ? list.Count : 0;
        return Math.Log(1 + ((Count - df + 0.5) / (df + 0.5)));
    }

    /// <summary>BM25 score of every document that matches at least one query term, best first; misspelt words are corrected (see <see cref="QueryTerms"/>).</summary>
    public IReadOnlyList<(int Doc, double Score)> Search(string query, int top = int.MaxValue, Func<int, bool>? filter = null)
        => Search(QueryTerms(query), top, filter);

    /// <summary>
    /// The analysed terms of a query. A word whose term is not in the index is replaced by the indexed word closest to it
    /// (one edit for words of 5–7 letters, two for longer ones; most frequent on ties), so "testement" finds "testament".
    /// </summary>
    public IReadOnlyList<string> QueryTerms(string query)
    {
        var terms = new List<string>();
        foreach (var (word, analysed) in TextAnalyzer.Analyze(query))
        {
            if (analysed is not { } term)
            {
                continue;
            }

            if (!postings.ContainsKey(term) && speller.Closest(word) is { } corrected)
            {
                term = corrected;
            }

            terms.Add(term);
        }

        return terms;
    }

    /// <summary>BM25 scores for already-analysed query terms, best first.</summary>
    public IReadOnlyList<(int Doc, double Score)> Search(IEnumerable<string> queryTerms, int top = int.MaxValue, Func<int, bool>? filter = null)
    {
        var scores = new Dictionary<int, double>();
        // A term repeated in the query counts once: people repeat words for grammar, not for weight.
        foreach (var term in queryTerms.Distinct(StringComparer.Ordinal))
        {
            if (!postings.TryGetValue(term, out var list))
            {
                continue;
            }

            var idf = Idf(term);
            foreach (var (doc, count) in list)
            {
                if (filter is not null && !filter(doc))
                {
                    continue;
                }

                var norm = k1 * (1 - b + (b * lengths[doc] / averageLength));
                var score = idf * (count * (k1 + 1)) / (count + norm);
                scores[doc] = scores.GetValueOrDefault(doc) + score;
            }
        }

        return scores
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key)
            .Take(top)
            .Select(kv => (kv.Key, kv.Value))
            .ToList();
    }
}
