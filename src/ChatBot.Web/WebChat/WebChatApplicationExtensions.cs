// Extension methods of the host live in the ASP.NET namespaces so Program.cs needs no extra using.
using ChatBot.Web.DirectLine;
using ChatBot.Web.WebChat;
using ChatBot.Web.Sources;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the web chat page at "/", its static files (Web Chat bundle, script, styles, embed.js), the Direct Line endpoints and the source viewer.</summary>
public static class WebChatApplicationExtensions
{
    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.UseCors();
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments("/lib") || http.Request.Path.StartsWithSegments("/webchat"),
            branch => branch.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.XContentTypeOptions = "nosniff";
                file.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600";
            },
        });

        app.MapGet("/", (HttpContext http, IOptions<WebChatOptions> webChat, IOptions<DirectLineOptions> directLine, string? embed) =>
        {
            ContentSecurityPolicy.Apply(http.Response, webChat.Value, directLine.Value);
            var html = WebChatPage.Render(webChat.Value, http.Request.PathBase.Value ?? string.Empty, embed is "1" or "true");
            return Results.Content(html, "text/html; charset=utf-8");
        });
        app.MapDirectLine();
        app.MapSources();
        return app;
    }
}
