using System.ComponentModel.DataAnnotations;

namespace ChatBot.Web.State;

/// <summary>The "State" section: which storage holds conversation state.</summary>
public sealed class StateOptions : IValidatableObject
{
    public const string SectionName = "State";

    /// <summary>Memory (default) or Redis.</summary>
    public StateProvider Provider { get; set; } = StateProvider.Memory;

    /// <summary>StackExchange.Redis connection string, e.g. "localhost:6379"; required when <see cref="Provider"/> is Redis.</summary>
    public string? RedisConnection { get; set; }

    /// <summary>Prefix of every key the bot writes, so one Redis can serve several bots.</summary>
    public string RedisKeyPrefix { get; set; } = "chatbot:state:";

    /// <summary>How long an idle conversation's state is kept in Redis.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromDays(7);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StateProvider.Redis && string.IsNullOrWhiteSpace(RedisConnection))
        {
            yield return new ValidationResult(
                "Missing configuration: State:RedisConnection (env State__RedisConnection) is required when State:Provider is Redis. See docs/BOT.md.",
                [nameof(RedisConnection)]);
        }
    }
}
