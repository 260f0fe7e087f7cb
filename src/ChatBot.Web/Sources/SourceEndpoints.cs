using ChatBot.Web.DirectLine;
using ChatBot.Web.WebChat;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Sources;

/// <summary>Maps the source viewer: GET /sources (all sections) and GET /sources/{sectionId} (one section, passages anchored).</summary>
public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSources(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sources", (HttpContext http, IServiceProvider services, CancellationToken ct) => RenderAsync(http, services, null, ct));
        endpoints.MapGet("/sources/{**sectionId}", (HttpContext http, IServiceProvider services, string sectionId, CancellationToken ct) =>
            RenderAsync(http, services, sectionId, ct));
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(HttpContext http, IServiceProvider services, string? sectionId, CancellationToken cancellationToken)
    {
        var webChat = services.GetRequiredService<IOptions<WebChatOptions>>().Value;
        ContentSecurityPolicy.Apply(http.Response, webChat, services.GetRequiredService<IOptions<DirectLineOptions>>().Value);
        var pathBase = http.Request.PathBase.Value ?? string.Empty;

        var catalog = services.GetService<ISourceCatalog>();
        SourceCatalogSnapshot snapshot;
        try
        {
            snapshot = catalog is null ? throw new InvalidOperationException("No source catalog is registered.") : await catalog.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SourceEndpoints)).LogWarning(e, "Source viewer: the corpus index is not available.");
            return Results.Content(SourcePage.RenderUnavailable(pathBase, webChat.BotName), "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (sectionId is null)
        {
            return Results.Content(SourcePage.RenderIndex(snapshot, pathBase, webChat.BotName), "text/html; charset=utf-8");
        }

        var index = snapshot.IndexOf(sectionId.TrimEnd('/'));
        return index < 0
            ? Results.Content(SourcePage.RenderNotFound(sectionId, pathBase, webChat.BotName), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
            : Results.Content(SourcePage.Render(snapshot, snapshot.Sections[index], pathBase, webChat.BotName), "text/html; charset=utf-8");
    }
}
