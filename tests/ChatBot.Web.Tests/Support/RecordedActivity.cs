using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.Support;

/// <summary>An activity the bot sent to the channel, with the path it was sent to.</summary>
public sealed record RecordedActivity(string ConversationId, string? ReplyToId, JObject Activity, string? Authorization)
{
    public string Type => (string)Activity["type"]!;

    public string? Text => (string?)Activity["text"];

    /// <summary>The id the channel gave the activity (what Teams later names in a feedback invoke's replyToId).</summary>
    public string? AssignedId { get; init; }

    /// <summary>When the channel received it.</summary>
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
}
