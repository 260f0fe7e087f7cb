namespace ChatBot.Core.Answering;

/// <summary>A sentence of a retrieved passage and how well it answers the question.</summary>
/// <param name="Passage">Rank of its passage in the retrieval results (0 = best).</param>
/// <param name="Position">Its position within the passage.</param>
/// <param name="Coverage">IDF-weighted share (0–1) of the question's content words it contains.</param>
/// <param name="TypeMatch">Whether it holds the kind of thing asked for (a name, a date, a number…); null when the question asks for nothing checkable.</param>
/// <param name="Score">Coverage plus the answer-type and rank adjustments; compared with Answering:MinAnswerScore.</param>
internal sealed record CandidateSentence(int Passage, int Position, string Text, double Coverage, bool? TypeMatch, bool Novel, double Score);
