using ChatBot.Web.DirectLine;

namespace ChatBot.Web.WebChat;

/// <summary>Builds the Content-Security-Policy of the chat page and the source viewer: scripts from the app only, no CDN, framing only by configured origins.</summary>
public static class ContentSecurityPolicy
{
    /// <summary>The header value for a page; <paramref name="directLine"/> adds Azure's Direct Line to connect-src when its secret is set.</summary>
    public static string Build(WebChatOptions webChat, DirectLineOptions directLine)
    {
        var connect = "'self'";
        if (directLine.UsesAzure)
        {
            var azure = directLine.AzureEndpoint;
            connect += $" {azure.Scheme}://{azure.Authority} wss://{azure.Authority}";
        }

        var ancestors = string.Join(' ', new[] { "'self'" }.Concat(webChat.AllowedOrigins.Select(o => o.TrimEnd('/'))));

        // Web Chat injects its styles at run time (emotion), hence 'unsafe-inline' for styles only; scripts stay 'self'.
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            $"connect-src {connect}",
            $"frame-ancestors {ancestors}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    }

    /// <summary>Sets the CSP and the other security headers of an HTML response.</summary>
    public static void Apply(HttpResponse response, WebChatOptions webChat, DirectLineOptions directLine)
    {
        response.Headers.ContentSecurityPolicy = Build(webChat, directLine);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
    }
}
