using System.Text.Json.Serialization;

namespace ChatBot.Core.Retrieval.Evaluation;

/// <summary>One line of an evaluation file (the format of shared/eval/dev.jsonl).</summary>
public sealed record EvalItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("must_include")] IReadOnlyList<string> MustInclude,
    [property: JsonPropertyName("gold_sections")] IReadOnlyList<string> GoldSections,
    [property: JsonPropertyName("evidence")] string Evidence)
{
    /// <summary>Earlier user turns, oldest first (follow-up questions only).</summary>
    [JsonPropertyName("history")]
    public IReadOnlyList<string> History { get; init; } = [];

    /// <summary>True when the article does not answer the question (no gold sections).</summary>
    [JsonIgnore]
    public bool IsUnanswerable => GoldSections.Count == 0;

    /// <summary>The query to search: the question, expanded with the previous turn for follow-ups.</summary>
    [JsonIgnore]
    public string SearchQuery => FollowUpQueryExpander.Expand(Question, History);
}
