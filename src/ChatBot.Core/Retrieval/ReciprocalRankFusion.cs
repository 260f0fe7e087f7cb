namespace ChatBot.Core.Retrieval;

/// <summary>Reciprocal rank fusion: score(d) = Σ weight_i / (k + rank_i(d)), ranks starting at 1.</summary>
public static class ReciprocalRankFusion
{
    /// <summary>Fuses ranked lists of keys (best first) into one list, best first; ties keep first-seen order.</summary>
    /// <param name="rankings">Each ranking with the weight of its votes.</param>
    /// <param name="k">Damping constant; 60 in the original paper, smaller values trust the top ranks more.</param>
    public static IReadOnlyList<(TKey Key, double Score)> Fuse<TKey>(IEnumerable<(IReadOnlyList<TKey> Ranking, double Weight)> rankings, double k = 60)
        where TKey : notnull
    {
        var scores = new Dictionary<TKey, double>();
        var firstSeen = new Dictionary<TKey, int>();
        foreach (var (ranking, weight) in rankings)
        {
            for (var i = 0; i < ranking.Count; i++)
            {
                var key = ranking[i];
                scores[key] = scores.GetValueOrDefault(key) + (weight / (k + i + 1));
                firstSeen.TryAdd(key, firstSeen.Count);
            }
        }

        return scores
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => firstSeen[kv.Key])
            .Select(kv => (kv.Key, kv.Value))
            .ToList();
    }
}
