namespace ChatBot.Core.Answering;

/// <summary>
/// One sentence of an answer as the citation check kept it: its markers renumbered as they stand in the whole answer,
/// and the citations they name (quotes as far as the answer has got).
/// </summary>
/// <param name="Cited">False for a sentence kept without a source: the decline sentence, or a connective ("Here is what the text says:").</param>
public sealed record CheckedSentence(string Text, IReadOnlyList<Citation> Citations, bool Cited);
