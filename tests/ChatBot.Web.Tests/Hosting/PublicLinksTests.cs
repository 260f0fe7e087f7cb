using System.Net;
using System.Text;
using ChatBot.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.Hosting;

/// <summary>
/// With no public address configured, the bot's source links point where the request came in: the host on a random
/// port links to that port (and the link works); behind a proxy, with forwarded headers enabled, to the address the
/// proxy says the user sees; with them off (the default), forwarded headers change nothing.
/// </summary>
public sealed class PublicLinksTests : IAsyncLifetime
{
    private RecordingChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await RecordingChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task On_a_random_port_the_links_point_at_that_port_and_open_the_section()
    {
        await using var host = StartOnKestrel(new Dictionary<string, string?>(), out var address);
        using var http = new HttpClient { BaseAddress = address };

        var reply = await AskAsync(http, "norway-1", forwarded: false);

        var url = (string)reply["entities"]![0]!["citation"]![0]!["appearance"]!["url"]!;
        Assert.StartsWith($"{address.AbsoluteUri}sources/leon-trotsky/exile", url, StringComparison.Ordinal);
        Assert.Contains($"[1]: <{url}>", (string?)reply["text"], StringComparison.Ordinal);
        using var page = await http.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Exile</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_proxy_with_forwarded_headers_enabled_the_links_use_the_public_scheme_host_and_prefix()
    {
        await using var host = StartOnKestrel(new Dictionary<string, string?> { ["ForwardedHeaders:Enabled"] = "true" }, out var address);
        using var http = new HttpClient { BaseAddress = address };

        var reply = await AskAsync(http, "norway-2", forwarded: true);

        var url = (string)reply["entities"]![0]!["citation"]![0]!["appearance"]!["url"]!;
        Assert.StartsWith("https://bot.example.org/chat/sources/leon-trotsky/exile", url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_are_ignored_unless_enabled()
    {
        await using var host = StartOnKestrel(new Dictionary<string, string?>(), out var address);
        using var http = new HttpClient { BaseAddress = address };

        var reply = await AskAsync(http, "norway-3", forwarded: true);

        var url = (string)reply["entities"]![0]!["citation"]![0]!["appearance"]!["url"]!;
        Assert.StartsWith($"{address.AbsoluteUri}sources/", url, StringComparison.Ordinal);
    }

    private static ChatBotHostFactory StartOnKestrel(Dictionary<string, string?> settings, out Uri address)
    {
        var host = new ChatBotHostFactory(settings);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        return host;
    }

    private async Task<JObject> AskAsync(HttpClient http, string id, bool forwarded)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(ChannelActivities.WebChat(_channel.ServiceUrl, "Who let Trotsky into Norway?", id), Encoding.UTF8, "application/json"),
        };
        if (forwarded)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-Host", "bot.example.org");
            request.Headers.Add("X-Forwarded-Prefix", "/chat");
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return _channel.Messages.Single(m => m.ReplyToId?.EndsWith(id, StringComparison.Ordinal) == true).Activity;
    }
}
