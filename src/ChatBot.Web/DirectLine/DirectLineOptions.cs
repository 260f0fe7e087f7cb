using System.ComponentModel.DataAnnotations;

namespace ChatBot.Web.DirectLine;

/// <summary>Settings of the "DirectLine" section: the offline Direct Line endpoint's limits, or the Azure secret that replaces it.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Azure Bot Service Direct Line secret. Empty: the app serves its own Direct Line at /v3/directline.</summary>
    public string? Secret { get; set; }

    /// <summary>Base address of Azure's Direct Line API, used only when <see cref="Secret"/> is set.</summary>
    [Required]
    public Uri AzureEndpoint { get; set; } = new("https://directline.botframework.com/v3/directline/");

    /// <summary>Id of the bot as the offline channel names it (replies come "from" it).</summary>
    [Required]
    public string BotId { get; set; } = "chatbot";

    /// <summary>How long a token is valid; refreshing issues a new one.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation with no call for this long is forgotten, with its tokens.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Open conversations at once; beyond it new ones get 503.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>New conversations one client address may start per minute (429 beyond).</summary>
    [Range(1, 100_000)]
    public int ConversationsPerMinutePerClient { get; set; } = 20;

    /// <summary>Largest activity accepted, in bytes of JSON (413 beyond).</summary>
    [Range(256, 1_048_576)]
    public int MaxActivityBytes { get; set; } = 16 * 1024;

    /// <summary>Activities kept per conversation; the oldest are dropped first.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Turns waiting for the bot at most; beyond it a post gets 503 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int MaxQueuedTurns { get; set; } = 1000;

    /// <summary>Turns of different conversations the bot works on at once (one conversation's turns always run in order).</summary>
    [Range(1, 1024)]
    public int ConcurrentTurns { get; set; } = 32;

    /// <summary>Sustained polls per second per conversation (Web Chat polls once a second); bursts of four times this pass.</summary>
    [Range(1, 1000)]
    public int PollsPerSecond { get; set; } = 5;

    /// <summary>
    /// How long a poll that finds nothing new waits for the next activity before it answers empty (0: answer at once).
    /// Web Chat starts its next poll a second after the last one started, so a wait of a second keeps a page listening all
    /// the time: a reply, a streamed update or a typing indicator reaches it as soon as the bot sends it, not at the next
    /// poll, at the same number of requests.
    /// </summary>
    [Range(0, 20_000)]
    public int PollWaitMilliseconds { get; set; } = 1000;

    /// <summary>Activities a conversation may post per minute (429 beyond); posts refused as malformed or too large do not count.</summary>
    [Range(1, 100_000)]
    public int PostsPerMinute { get; set; } = 30;

    /// <summary>True when the Azure Direct Line is used instead of the offline endpoint.</summary>
    public bool UsesAzure => !string.IsNullOrWhiteSpace(Secret);
}
