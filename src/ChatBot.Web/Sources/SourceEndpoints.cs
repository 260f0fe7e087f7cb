using ChatBot.Core.Corpus;
using ChatBot.Web.WebChat;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Sources;

/// <summary>Maps the source viewer: GET /sources (all sections) and GET /sources/{sectionId} (one section, passages anchored).</summary>
public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceViewer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SourceLinks.Root, (HttpContext http, ISourceCatalog catalog, IOptions<WebChatOptions> webChat, ILoggerFactory loggers, CancellationToken ct) =>
            RenderAsync(http, catalog, webChat.Value, loggers, null, ct));
        endpoints.MapGet(SourceLinks.Root + "/{**sectionId}", (HttpContext http, ISourceCatalog catalog, IOptions<WebChatOptions> webChat, ILoggerFactory loggers, string sectionId, CancellationToken ct) =>
            RenderAsync(http, catalog, webChat.Value, loggers, sectionId, ct));
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(HttpContext http, ISourceCatalog catalog, WebChatOptions webChat, ILoggerFactory loggers, string? sectionId, CancellationToken cancellationToken)
    {
        var pathBase = http.Request.PathBase.Value ?? string.Empty;
        SourceCatalogSnapshot snapshot;
        try
        {
            snapshot = await catalog.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(SourceEndpoints)).LogWarning(e, "Source viewer: the corpus index is not available.");
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
