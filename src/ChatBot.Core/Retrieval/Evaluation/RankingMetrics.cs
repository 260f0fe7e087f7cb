namespace ChatBot.Core.Retrieval.Evaluation;

/// <summary>Recall@1, Recall@5 and mean reciprocal rank over many queries.</summary>
/// <param name="Queries">Queries scored.</param>
public sealed record RankingMetrics(int Queries, double RecallAt1, double RecallAt5, double Mrr)
{
    /// <summary>
    /// Metrics from the rank (1-based) of the first relevant result of each query, or null when none was retrieved.
    /// Recall@k is the share of queries with a relevant result in the top k; MRR averages 1/rank (0 when missed).
    /// </summary>
    public static RankingMetrics FromFirstHitRanks(IReadOnlyList<int?> firstHitRanks)
    {
        if (firstHitRanks.Count == 0)
        {
            return new RankingMetrics(0, 0, 0, 0);
        }

        double n = firstHitRanks.Count;
        return new RankingMetrics(
            firstHitRanks.Count,
            firstHitRanks.Count(r => r <= 1) / n,
            firstHitRanks.Count(r => r <= 5) / n,
            firstHitRanks.Sum(r => r is { } rank ? 1.0 / rank : 0) / n);
    }
}
