// Extension methods of the host live in the ASP.NET namespaces so Program.cs needs no extra using.
using ChatBot.Web.WebChat;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the web chat page at "/" (its scripts, styles and embed.js are static files).</summary>
public static class WebChatApplicationExtensions
{
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http, IOptions<WebChatOptions> webChat, string? embed) =>
        {
            var html = WebChatPage.Render(webChat.Value, http.Request.PathBase.Value ?? string.Empty, embed is "1" or "true");
            return Results.Content(html, "text/html; charset=utf-8");
        });
        return endpoints;
    }
}
