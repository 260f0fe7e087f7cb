using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Retrieval.Evaluation;

/// <summary>Recall@1, Recall@5 and MRR of the gold sections for keyword, vector and hybrid retrieval, side by side.</summary>
public sealed class RetrievalEvalSuite(IPassageRetriever retriever) : IEvalSuite
{
    /// <summary>Passages retrieved per query; MRR looks this deep.</summary>
    public const int Depth = 10;

    private static readonly RetrievalMode[] Modes = [RetrievalMode.Keyword, RetrievalMode.Vector, RetrievalMode.Hybrid];

    /// <inheritdoc />
    public string Name => "retrieval";

    /// <inheritdoc />
    public async Task<EvalTable> RunAsync(IReadOnlyList<EvalItem> items, CancellationToken cancellationToken = default)
    {
        var scored = items.Where(i => !i.IsUnanswerable).ToList();
        var metrics = new List<RankingMetrics>();
        var notes = new List<string>();
        foreach (var mode in Modes)
        {
            var ranks = new List<int?>(scored.Count);
            foreach (var item in scored)
            {
                var results = await retriever.SearchAsync(item.SearchQuery, mode, Depth, cancellationToken).ConfigureAwait(false);
                var index = results.ToList().FindIndex(r => GoldSectionMatcher.IsHit(r.Passage, item.GoldSections));
                int? rank = index < 0 ? null : index + 1;
                ranks.Add(rank);
                if (mode == RetrievalMode.Hybrid && rank is not (<= 5))
                {
                    notes.Add($"hybrid miss@5 {item.Id}: gold [{string.Join(", ", item.GoldSections)}], got [{string.Join(", ", results.Take(5).Select(r => r.Passage.Title))}]");
                }
            }

            metrics.Add(RankingMetrics.FromFirstHitRanks(ranks));
        }

        notes.Insert(0, $"{scored.Count} questions scored; {items.Count - scored.Count} without gold sections (unanswerable) skipped.");
        return new EvalTable(
            Name,
            "Retrieval of gold sections",
            Modes.Select(m => m.ToString().ToLowerInvariant()).ToList(),
            [
                new EvalRow("Recall@1", metrics.Select(m => m.RecallAt1).ToList()),
                new EvalRow("Recall@5", metrics.Select(m => m.RecallAt5).ToList()),
                new EvalRow("MRR", metrics.Select(m => m.Mrr).ToList()),
            ])
        { Notes = notes };
    }
}
