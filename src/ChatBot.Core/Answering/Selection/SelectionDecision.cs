namespace ChatBot.Core.Answering.Selection;

/// <summary>What the selector decided for one question, and why: the chosen candidates, the runners-up and the decline probability.</summary>
/// <param name="AnswerProbability">The decline classifier's probability that the best candidate answers the question.</param>
/// <param name="DeclineReason">Why the answerer declined (null when it answered).</param>
public sealed record SelectionDecision(
    SelectorInput Input,
    IReadOnlyList<float> Probabilities,
    IReadOnlyList<int> Chosen,
    IReadOnlyList<int> RunnersUp,
    double AnswerProbability,
    double Threshold,
    string? DeclineReason)
{
    public bool Declined => DeclineReason is not null;
}
