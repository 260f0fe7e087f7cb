using System.Text.Json.Serialization;

namespace ChatBot.Core.Feedback;

/// <summary>One 👍 or 👎 on an answer, with what was asked and answered, so that it can become an evaluation case.</summary>
/// <param name="Reaction">"like" or "dislike", as Teams and Web Chat send it.</param>
/// <param name="Question">The question answered; null when the answer could no longer be found (e.g. a restart with in-memory state).</param>
public sealed record FeedbackRecord(
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("conversation")] string Conversation,
    [property: JsonPropertyName("replyToId")] string? ReplyToId,
    [property: JsonPropertyName("reaction")] string Reaction,
    [property: JsonPropertyName("comment")] string? Comment,
    [property: JsonPropertyName("question")] string? Question,
    [property: JsonPropertyName("history")] IReadOnlyList<string> History,
    [property: JsonPropertyName("answer")] string? Answer,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("citations")] IReadOnlyList<FeedbackCitation> Citations)
{
    public const string Like = "like";
    public const string Dislike = "dislike";

    [JsonIgnore]
    public bool IsDislike => string.Equals(Reaction, Dislike, StringComparison.OrdinalIgnoreCase);
}
