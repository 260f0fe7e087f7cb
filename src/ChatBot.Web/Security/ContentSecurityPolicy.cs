namespace ChatBot.Web.Security;

/// <summary>The Content-Security-Policy of the chat page and the source viewer: scripts from the app only, no CDN, framing only by configured origins.</summary>
public static class ContentSecurityPolicy
{
    public static string Build(SecurityHeadersOptions options)
    {
        var connect = string.Join(' ', new[] { "'self'" }.Concat(options.ConnectSources));
        var ancestors = string.Join(' ', new[] { "'self'" }.Concat(options.FrameAncestors));

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
}
