using System.Text.Json.Serialization;

namespace ChatBot.Core.Answering;

/// <summary>An answer with inline markers [1], [2]… that match <see cref="Citations"/>, or a decline (<see cref="Answered"/> false).</summary>
public sealed record Answer(
    [property: JsonPropertyName("answer")] string Text,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("citations")] IReadOnlyList<Citation> Citations)
{
    /// <summary>A one-line notice for the user, e.g. that the model was unreachable and the offline answerer replied.</summary>
    [JsonPropertyName("notice")]
    public string? Notice { get; init; }

    /// <summary>Follow-up questions worth suggesting.</summary>
    [JsonPropertyName("suggestions")]
    public IReadOnlyList<string> SuggestedQuestions { get; init; } = [];
}
