using System.Text.Json.Serialization;

namespace ChatBot.Core.Answering.Selection;

/// <summary>An answer with the explanation of the offline selector's decision (`ask --explain --json`, `"explain": true` on /api/ask).</summary>
public sealed record ExplainedAnswer(
    [property: JsonPropertyName("answer")] string Text,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("citations")] IReadOnlyList<Citation> Citations,
    [property: JsonPropertyName("explanation")] AnswerExplanation Explanation)
{
    public ExplainedAnswer(Answer answer, AnswerExplanation explanation)
        : this(answer.Text, answer.Answered, answer.Citations, explanation)
    {
        Notice = answer.Notice;
        SuggestedQuestions = answer.SuggestedQuestions;
    }

    [JsonPropertyName("notice")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Notice { get; init; }

    [JsonPropertyName("suggestions")]
    public IReadOnlyList<string> SuggestedQuestions { get; init; } = [];
}
