using System.Text.Json.Serialization;

namespace ChatBot.Core.Retrieval.Evaluation;

/// <summary>One metric of an <see cref="EvalTable"/>, with a value per column.</summary>
public sealed record EvalRow(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("values")] IReadOnlyList<double> Values);
