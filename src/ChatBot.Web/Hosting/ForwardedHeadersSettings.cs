namespace ChatBot.Web.Hosting;

/// <summary>
/// The "ForwardedHeaders" section: off by default. Behind a reverse proxy or load balancer, Enabled makes the host take
/// the client's address, scheme, host and path base from X-Forwarded-For/-Proto/-Host/-Prefix, so links and rate limits
/// see what the user sees. Only proxies on loopback are trusted unless KnownProxies or KnownNetworks say otherwise.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Honour X-Forwarded-* headers from trusted proxies.</summary>
    public bool Enabled { get; set; }

    /// <summary>Addresses of trusted proxies, e.g. "10.0.0.4"; loopback is always trusted.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. "10.0.0.0/8".</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain are unwound (X-Forwarded-For entries read from the right).</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>True when every proxy and network parses.</summary>
    internal bool HasValidAddresses() =>
        KnownProxies.All(p => System.Net.IPAddress.TryParse(p, out _))
        && KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _))
        && ForwardLimit > 0;
}
