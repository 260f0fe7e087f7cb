namespace ChatBot.Web.Api;

/// <summary>Maps the JSON question-answering API.</summary>
public static class AskEndpointRouteBuilderExtensions
{
    /// <summary>Maps POST /api/ask.</summary>
    public static IEndpointRouteBuilder MapAskApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/ask", AskEndpoint.HandleAsync);
        return endpoints;
    }
}
