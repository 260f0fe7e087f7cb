using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using ChatBot.Web.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Web.Tests.Channels;

/// <summary>
/// With MicrosoftAppId set and the channel's OpenID metadata unreachable (the authority on a closed local port, or on a
/// port that hangs up), every token that needs the signing keys is refused with 401, never 500, and the metadata is not
/// fetched again on every request.
/// </summary>
public sealed class UnreachableSigningKeysTests
{
    private const string AppId = "3f1c5b1e-0000-4000-8000-00000000b01d";

    private static Dictionary<string, string?> Settings(string metadataUrl) => new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret-value",
        ["ToBotFromChannelTokenIssuer"] = RecordingChannel.ChannelIssuer,
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
        ["OAuthUrl"] = "https://api.botframework.com",
        ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = metadataUrl,
    };

    public static TheoryData<string, string> Tokens() => new()
    {
        { "RS256, random signature", ChannelTokens.Create(ChannelTokens.ForgedKey("some-key"), AppId, "https://smba.example/") },
        { "RS256, random signature, expired", ChannelTokens.Create(ChannelTokens.ForgedKey("some-key"), AppId, "https://smba.example/", DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddHours(-2)) },
        { "alg none", Unsigned() },
        { "garbage", "a.b.c" },
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task Any_token_gets_401_when_the_signing_keys_cannot_be_fetched(string kind, string token)
    {
        var closedPort = ClosedPort();
        await using var host = new ChatBotHostFactory(Settings($"https://127.0.0.1:{closedPort}/{Guid.NewGuid():N}/.well-known/openidconfiguration"));
        using var client = host.CreateClient();

        using var response = await PostAsync(client, token);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("IDX", body, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Empty(host.Answers.Calls);
    }

    [Fact]
    public async Task The_metadata_fetch_backs_off_instead_of_running_on_every_request()
    {
        // A port that accepts connections and hangs up at once: the fetch fails, and the connections can be counted.
        using var hangUp = new TcpListener(IPAddress.Loopback, 0);
        hangUp.Start();
        var connections = 0;
        using var stop = new CancellationTokenSource();
        var acceptLoop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var socket = await hangUp.AcceptSocketAsync(stop.Token);
                Interlocked.Increment(ref connections);
            }
        });
        var port = ((IPEndPoint)hangUp.LocalEndpoint).Port;
        await using var host = new ChatBotHostFactory(Settings($"https://127.0.0.1:{port}/{Guid.NewGuid():N}/.well-known/openidconfiguration"));
        using var client = host.CreateClient();
        var token = ChannelTokens.Create(ChannelTokens.ForgedKey("some-key"), AppId, "https://smba.example/");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await PostAsync(client, token);
            statuses.Add(response.StatusCode);
        }

        await stop.CancelAsync();
        hangUp.Stop();
        await Task.WhenAny(acceptLoop, Task.Delay(1000));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.InRange(Volatile.Read(ref connections), 1, 2);
        Assert.Contains(host.Logs.Entries, e => e.Message.StartsWith("Channel tokens cannot be checked", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ChannelActivities.TeamsPersonal("https://smba.example/", "Where was Trotsky born?", "1"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private static string Unsigned()
    {
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        var payload = Base64UrlEncoder.Encode($"{{\"iss\":\"{RecordingChannel.ChannelIssuer}\",\"aud\":\"{AppId}\",\"exp\":{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}");
        return $"{header}.{payload}.";
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
