using ChatBot.Core.Indexing;

namespace ChatBot.Core.Answering;

/// <summary>What the offline answerer retrieved and chose for one question.</summary>
/// <param name="Chosen">The answer's sentences in reading order; empty when it declines.</param>
public sealed record OfflineDraft(IReadOnlyList<Passage> Passages, IReadOnlyList<CandidateSentence> Ranked, IReadOnlyList<CandidateSentence> Chosen, double BestScore);
