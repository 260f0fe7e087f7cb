using ChatBot.Core.Corpus;

namespace ChatBot.Web.Rendering;

/// <summary>
/// Where the links in one turn's replies point: the host's public address, from the setting or from the address the
/// activity came in on. The channel endpoint puts it in the turn state; Teams and Web Chat need absolute links.
/// </summary>
public sealed class ReplyLinks
{
    private readonly string? baseUrl;

    /// <param name="baseUrl">The absolute base; null gives relative links (only where no request is known, e.g. a test adapter).</param>
    public ReplyLinks(Uri? baseUrl) => this.baseUrl = baseUrl?.AbsoluteUri;

    /// <summary>Links relative to the host, when no address is known.</summary>
    public static ReplyLinks Relative { get; } = new(null);

    /// <summary>The link to a section of the source viewer.</summary>
    public string Section(string sectionId) => SourceLinks.Under(baseUrl, SourceLinks.Section(sectionId));

    /// <summary>An answer's link made absolute: an absolute http(s) URL stays; a path is put under the base.</summary>
    public string Resolve(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        return SourceLinks.Under(baseUrl, url.StartsWith('/') ? url : "/" + url);
    }
}
