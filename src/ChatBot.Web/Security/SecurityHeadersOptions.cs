namespace ChatBot.Web.Security;

/// <summary>What the Content-Security-Policy of the host's pages allows beyond the app itself; filled in by the features that need it.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>Other origins scripts may connect to (connect-src), e.g. Azure's Direct Line.</summary>
    public List<string> ConnectSources { get; } = [];

    /// <summary>Other origins that may frame the pages (frame-ancestors).</summary>
    public List<string> FrameAncestors { get; } = [];
}
