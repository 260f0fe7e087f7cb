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
}
