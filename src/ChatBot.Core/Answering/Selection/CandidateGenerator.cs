using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Selection;

/// <summary>The candidates of a question: every sentence of the retrieved passages, and every pair of adjacent sentences.</summary>
public static class CandidateGenerator
{
    /// <summary>Candidates in passage-rank order, then position; a pair follows its first sentence.</summary>
    public static IReadOnlyList<SentenceCandidate> For(IReadOnlyList<RetrievedPassage> retrieved, SentenceTable table)
    {
        var candidates = new List<SentenceCandidate>();
        for (var rank = 0; rank < retrieved.Count; rank++)
        {
            var sentences = table.SentencesOfPassage(retrieved[rank].Passage.Id);
            for (var i = 0; i < sentences.Count; i++)
            {
                var text = table.Sentences[sentences[i]].Text;
                candidates.Add(new SentenceCandidate(rank, retrieved[rank], [sentences[i]], text));
                if (i + 1 < sentences.Count)
                {
                    candidates.Add(new SentenceCandidate(rank, retrieved[rank], [sentences[i], sentences[i + 1]], $"{text} {table.Sentences[sentences[i + 1]].Text}"));
                }
            }
        }

        return candidates;
    }
}
