using Microsoft.Bot.Schema;

namespace ChatBot.Web.Rendering;

/// <summary>Where a reply goes, and so which of the channel-specific citation features it needs.</summary>
public sealed record ReplyChannel(string ChannelId, string? ConversationType)
{
    /// <summary>The channel and conversation type of the activity being answered.</summary>
    public static ReplyChannel Of(IActivity activity) => new(activity.ChannelId ?? string.Empty, activity.Conversation?.ConversationType);

    /// <summary>Teams renders citations from the entity alone and offers the feedback loop.</summary>
    public bool IsTeams => string.Equals(ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Web Chat (also behind Direct Line and in the Emulator) shows a citation only when the text holds a Markdown
    /// reference definition for its marker; every non-Teams channel gets them, since they read as plain footnotes elsewhere.
    /// </summary>
    public bool NeedsReferenceDefinitions => !IsTeams;

    /// <summary>
    /// Whether an answer may stream, growing a verified sentence at a time: in Teams one-to-one chats (its streaming
    /// protocol is not offered in group chats and channels) and in Web Chat, behind Direct Line (its livestreaming).
    /// </summary>
    public bool Streams => IsTeams
        ? ConversationType == "personal"
        : ChannelId is Microsoft.Bot.Connector.Channels.Directline or Microsoft.Bot.Connector.Channels.Webchat;

    /// <summary>Teams shows suggested actions only in personal chats; group chats and channels drop them.</summary>
    public bool ShowsSuggestedActions => !IsTeams || ConversationType is null or "personal";
}
