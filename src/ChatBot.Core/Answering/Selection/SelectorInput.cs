using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Selection;

/// <summary>Everything the selector decides from, for one question: the retrieved passages, the analysed question, the candidates and their feature vectors.</summary>
public sealed record SelectorInput(
    IReadOnlyList<RetrievedPassage> Retrieved,
    QuestionProfile Question,
    SentenceTable Table,
    IReadOnlyList<SentenceCandidate> Candidates,
    float[][] Features);
