namespace ChatBot.Core.Answering.Selection.Training;

/// <summary>Out-of-fold answer figures: every item answered by a selector that never trained on it.</summary>
/// <param name="Union">The metrics over all sets together.</param>
/// <param name="BySet">The metrics of each set.</param>
/// <param name="TopOne">Share of answerable items with the evidence among their candidates whose best candidate holds it.</param>
/// <param name="TopThree">…whose three best candidates include one that holds it.</param>
/// <param name="Reachable">Share of answerable items whose candidates include one that holds the evidence (what retrieval allows).</param>
public sealed record CrossValidationReport(
    int Folds,
    AnswerEvalReport Union,
    IReadOnlyDictionary<string, AnswerEvalReport> BySet,
    double TopOne,
    double TopThree,
    double Reachable)
{
    /// <summary>Each item's scored answer, in the order of the questions.</summary>
    public IReadOnlyList<AnswerEvalResult> Results { get; init; } = [];

    /// <summary>Each item's out-of-fold candidate probabilities.</summary>
    public IReadOnlyList<float[]> Probabilities { get; init; } = [];

    /// <summary>Each item's out-of-fold answer probability (the decline classifier's).</summary>
    public IReadOnlyList<double> AnswerProbabilities { get; init; } = [];
}
