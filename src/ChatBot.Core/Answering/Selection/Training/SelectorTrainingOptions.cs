namespace ChatBot.Core.Answering.Selection.Training;

/// <summary>How the selector is fitted. The defaults are what `chatbot train` uses; every run with them gives the same model.</summary>
public sealed record SelectorTrainingOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>The candidate model: "ranking" (LightGBM LambdaRank over each question's candidates) or "binary" (a LightGBM classifier of single candidates).</summary>
    public string Objective { get; init; } = "ranking";

    /// <summary>Folds of the inner cross-validation that gives the decline classifier out-of-fold candidate probabilities.</summary>
    public int InnerFolds { get; init; } = 4;

    /// <summary>The share of answerable questions the decline threshold may decline (stated in docs/ANSWERING.md).</summary>
    public double TargetFalseDeclineRate { get; init; } = 0.10;

    /// <summary>What the decline classifier learns: "correct" (the best candidate holds the evidence) or "answerable" (the text answers the question).</summary>
    public string DeclineLabel { get; init; } = "correct";

    public int Iterations { get; init; } = 200;

    public int Leaves { get; init; } = 8;

    public int MinExamplesPerLeaf { get; init; } = 20;

    public double LearningRate { get; init; } = 0.05;

    /// <summary>The decline classifier: "logistic" (a logistic regression) or "trees" (a small LightGBM classifier).</summary>
    public string DeclineModel { get; init; } = "logistic";

    /// <summary>L2 regularisation of the decline classifier (a logistic regression).</summary>
    public float DeclineL2 { get; init; } = 1f;

    public double SamePassageRatio { get; init; } = 0.03;

    public double ExtraCandidateRatio { get; init; } = 0.3;

    public double MinExtraProbability { get; init; } = 0.15;
}
