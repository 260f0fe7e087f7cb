namespace ChatBot.Core.Answering;

/// <summary>A sentence (or two adjacent ones) of a retrieved passage and how well it answers the question.</summary>
/// <param name="Passage">Rank of its passage in the retrieval results (0 = best).</param>
/// <param name="Position">Position of its (first) sentence within the passage.</param>
/// <param name="Count">Sentences spanned: 1 for one sentence, 2 for a sentence and the next, 3 for a sentence and the one that points back to it past a sentence in between (which is not part of the text).</param>
/// <param name="Coverage">IDF-weighted share (0–1) of the question's content words it contains.</param>
/// <param name="TypeMatch">Whether it holds the kind of thing asked for (a name, a date, a number…); null when the question asks for nothing checkable.</param>
/// <param name="Score">Coverage plus the answer-type and rank adjustments; compared with Answering:MinAnswerScore.</param>
public sealed record CandidateSentence(int Passage, int Position, int Count, string Text, double Coverage, bool? TypeMatch, bool Novel, double Score);
