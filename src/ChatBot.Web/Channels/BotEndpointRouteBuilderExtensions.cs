namespace ChatBot.Web.Channels;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>Maps POST /api/messages, where Azure Bot Service, the Emulator and the Agents Playground deliver activities.</summary>
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", BotMessagesEndpoint.HandleAsync);
        return endpoints;
    }
}
