using ChatBot.Core.Answering;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Hosting;

/// <summary>
/// The host's public base URL: Answering:PublicBaseUrl when it is set, the one setting for it; otherwise the address the
/// request came in on (scheme, host and path base, as rewritten by the forwarded-headers middleware behind a proxy).
/// </summary>
public sealed class PublicAddress(IOptions<AnsweringOptions> options)
{
    /// <summary>Where the host listens when nothing else says otherwise; the base when there is neither a setting nor a request.</summary>
    public const string LocalDefault = "http://localhost:3978/";

    private readonly Uri? configured = Parse(options.Value.PublicBaseUrl);

    /// <summary>The configured public base URL, with a trailing slash; null when none is set.</summary>
    public Uri? Configured => configured;

    /// <summary>The base URL for links in the answer to <paramref name="request"/>, with a trailing slash.</summary>
    public Uri Of(HttpRequest request)
    {
        if (configured is not null)
        {
            return configured;
        }

        // An HTTP/1.0 request may come without a Host header; a link to this machine's default is the best left then.
        return request.Host.HasValue && Uri.TryCreate($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}/", UriKind.Absolute, out var fromRequest)
            ? fromRequest
            : new Uri(LocalDefault);
    }

    /// <summary>Whether <paramref name="value"/> is empty or an absolute http(s) URL (checked at start-up).</summary>
    public static bool IsValid(string? value) => string.IsNullOrWhiteSpace(value) || Parse(value) is not null;

    private static Uri? Parse(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new Uri(uri.AbsoluteUri.TrimEnd('/') + "/")
            : null;
}
