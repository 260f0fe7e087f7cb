using System.Text.Json.Serialization;

namespace ChatBot.Core.Retrieval.Evaluation;

/// <summary>The result of one evaluation suite: metrics as rows, compared configurations (e.g. retrieval modes) as columns.</summary>
public sealed record EvalTable(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("columns")] IReadOnlyList<string> Columns,
    [property: JsonPropertyName("rows")] IReadOnlyList<EvalRow> Rows)
{
    /// <summary>Remarks worth showing under the table (skipped items, misses).</summary>
    [JsonPropertyName("notes")]
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Per-question outcomes, for suites that keep them (printed by `eval --json` only).</summary>
    [JsonPropertyName("items")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EvalItemOutcome>? Items { get; init; }
}

/// <summary>What one question of an eval set got: the answer text, whether it answered, and how its citations scored.</summary>
public sealed record EvalItemOutcome(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("mustIncludeHit")] bool MustIncludeHit,
    [property: JsonPropertyName("citations")] int Citations,
    [property: JsonPropertyName("citationsWithEvidence")] int CitationsWithEvidence,
    [property: JsonPropertyName("answer")] string Answer);
