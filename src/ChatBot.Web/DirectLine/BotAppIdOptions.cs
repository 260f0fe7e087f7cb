namespace ChatBot.Web.DirectLine;

/// <summary>The bot's own Microsoft App Id (root key "MicrosoftAppId"), which the offline channel's turns must carry when it is set.</summary>
public sealed class BotAppIdOptions
{
    public string? MicrosoftAppId { get; set; }
}
