using System.ComponentModel.DataAnnotations;

namespace ChatBot.Web.WebChat;

/// <summary>Settings of the "WebChat" section: how the page presents the bot, and who may embed it.</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>Name shown in the page's header and title.</summary>
    [Required, StringLength(60, MinimumLength = 1)]
    public string BotName { get; set; } = "ChatBot";

    /// <summary>One line under the name.</summary>
    [StringLength(200)]
    public string Subtitle { get; set; } = "Answers from the text, with the passages they come from";

    /// <summary>Letters in the bot's avatar.</summary>
    [Required, StringLength(3, MinimumLength = 1)]
    public string BotInitials { get; set; } = "CB";

    /// <summary>Letters in the user's avatar.</summary>
    [Required, StringLength(3, MinimumLength = 1)]
    public string UserInitials { get; set; } = "You";

    /// <summary>Origins (scheme://host[:port]) of other sites that may embed the page (frame-ancestors) and call its token endpoint (CORS).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>True when every allowed origin is a plain http(s) origin without path, query or wildcard.</summary>
    internal bool HasValidOrigins() => AllowedOrigins.All(origin =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.GetLeftPart(UriPartial.Authority).Equals(origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        && !origin.Contains('*', StringComparison.Ordinal));
}
