using System.Text.Json.Serialization;

namespace ChatBot.Core.Answering.Selection;

/// <summary>Why the offline answerer said what it said: the chosen sentences and what counted for them, the runners-up, and the decline probability.</summary>
public sealed record AnswerExplanation(
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("declineReason")] string? DeclineReason,
    [property: JsonPropertyName("answerProbability")] double AnswerProbability,
    [property: JsonPropertyName("declineProbability")] double DeclineProbability,
    [property: JsonPropertyName("threshold")] double Threshold,
    [property: JsonPropertyName("questionType")] string QuestionType,
    [property: JsonPropertyName("askedFor")] string? AskedFor,
    [property: JsonPropertyName("chosen")] IReadOnlyList<ExplainedCandidate> Chosen,
    [property: JsonPropertyName("runnersUp")] IReadOnlyList<ExplainedCandidate> RunnersUp);

/// <summary>One candidate sentence (or pair) with its probability and the features that moved its score most.</summary>
public sealed record ExplainedCandidate(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("passageRank")] int PassageRank,
    [property: JsonPropertyName("probability")] double Probability,
    [property: JsonPropertyName("contributions")] IReadOnlyList<FeatureContribution> Contributions);

/// <summary>A feature's value for a candidate and how much it moved the candidate's score (positive: towards answering).</summary>
public sealed record FeatureContribution(
    [property: JsonPropertyName("feature")] string Feature,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("contribution")] double Contribution);
