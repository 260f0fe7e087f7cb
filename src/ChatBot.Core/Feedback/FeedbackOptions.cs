namespace ChatBot.Core.Feedback;

/// <summary>The "Feedback" configuration section. Which store is used follows State:Provider (Redis or not).</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>JSON Lines file of the file store; relative paths resolve with ContentPaths, like the index folder.</summary>
    public string Path { get; set; } = ".chatbot/feedback.jsonl";

    /// <summary>Redis list of the Redis store.</summary>
    public string RedisKey { get; set; } = "chatbot:feedback";
}
