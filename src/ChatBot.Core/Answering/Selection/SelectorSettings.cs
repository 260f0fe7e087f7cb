using System.Text.Json.Serialization;

namespace ChatBot.Core.Answering.Selection;

/// <summary>The JSON part of a selector model file: what it was trained with and the decisions fitted beside the two models.</summary>
public sealed record SelectorSettings
{
    /// <summary>Changes when the file layout changes.</summary>
    public const int CurrentFormat = 1;

    [JsonPropertyName("format")]
    public int Format { get; init; } = CurrentFormat;

    /// <summary>The candidate feature names, in vector order; a build that computes other features cannot use the file.</summary>
    [JsonPropertyName("features")]
    public IReadOnlyList<string> Features { get; init; } = [];

    [JsonPropertyName("declineFeatures")]
    public IReadOnlyList<string> DeclineFeatures { get; init; } = [];

    /// <summary>The answer probability under which the answerer declines, chosen on out-of-fold predictions for <see cref="TargetFalseDeclineRate"/>.</summary>
    [JsonPropertyName("declineThreshold")]
    public double DeclineThreshold { get; init; }

    /// <summary>The share of answerable training questions the threshold was allowed to decline.</summary>
    [JsonPropertyName("targetFalseDeclineRate")]
    public double TargetFalseDeclineRate { get; init; }

    /// <summary>A further sentence of the best candidate's own passage joins the answer when its probability is at least this share of the best one's (it costs no citation).</summary>
    [JsonPropertyName("samePassageRatio")]
    public double SamePassageRatio { get; init; }

    /// <summary>A candidate from another passage joins the answer when its probability is at least this share of the best one's (and it adds words of the question).</summary>
    [JsonPropertyName("extraCandidateRatio")]
    public double ExtraCandidateRatio { get; init; }

    /// <summary>…and at least this probability.</summary>
    [JsonPropertyName("minExtraProbability")]
    public double MinExtraProbability { get; init; }

    [JsonPropertyName("training")]
    public SelectorTrainingSummary Training { get; init; } = new();
}

/// <summary>What a selector was trained on.</summary>
public sealed record SelectorTrainingSummary
{
    [JsonPropertyName("questions")]
    public int Questions { get; init; }

    [JsonPropertyName("answerable")]
    public int Answerable { get; init; }

    [JsonPropertyName("candidates")]
    public int Candidates { get; init; }

    [JsonPropertyName("positives")]
    public int Positives { get; init; }

    [JsonPropertyName("seed")]
    public int Seed { get; init; }

    [JsonPropertyName("sets")]
    public IReadOnlyList<string> Sets { get; init; } = [];
}
