using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatBot.Web.Tests.Support;

namespace ChatBot.Web.Tests.Channels;

/// <summary>
/// With MicrosoftAppId set, only activities carrying a valid channel token get through. The channel's OpenID metadata
/// is served by the test's <see cref="RecordingChannel"/>, so validation runs for real, offline.
/// </summary>
public sealed class BotAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "3f1c5b1e-0000-4000-8000-00000000a99d";
    private const string AppPassword = "not-a-real-secret-value";

    private RecordingChannel _channel = null!;
    private ChatBotHostFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _channel = await RecordingChannel.StartAsync();
        _channel.AllowPlainHttpMetadata();
        _host = new ChatBotHostFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,

            // Public-cloud settings, except that the signing keys come from the test's channel instead of the internet.
            ["ToBotFromChannelTokenIssuer"] = RecordingChannel.ChannelIssuer,
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
            ["OAuthUrl"] = "https://api.botframework.com",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _channel.OpenIdMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _channel.OpenIdMetadataUrl,
        });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(string json, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _client.SendAsync(request);
    }

    private async Task AssertRejectedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(AppPassword, body);
        Assert.DoesNotContain("IDX", body);
        Assert.DoesNotContain("Exception", body);
        Assert.Empty(_host.Answers.Calls);
        Assert.Empty(_channel.Received);
        Assert.Contains(_host.Logs.Entries, e => e.Message.StartsWith("Rejected a msteams activity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingToken_Gets401()
    {
        await AssertRejectedAsync(await PostAsync(ChannelActivities.TeamsPersonal(_channel.ServiceUrl, "Where was Trotsky born?", "1"), token: null));
    }

    [Fact]
    public async Task ForgedToken_SignedWithAKeyTheChannelNeverPublished_Gets401()
    {
        var forged = ChannelTokens.Create(ChannelTokens.ForgedKey(_channel.TrustedKey.KeyId!), AppId, _channel.ServiceUrl);

        await AssertRejectedAsync(await PostAsync(ChannelActivities.TeamsPersonal(_channel.ServiceUrl, "Where was Trotsky born?", "1"), forged));
    }

    [Fact]
    public async Task ExpiredToken_SignedWithTheTrustedKey_Gets401()
    {
        var expired = ChannelTokens.Create(_channel.TrustedKey, AppId, _channel.ServiceUrl, expires: DateTime.UtcNow.AddHours(-1), notBefore: DateTime.UtcNow.AddHours(-2));

        await AssertRejectedAsync(await PostAsync(ChannelActivities.TeamsPersonal(_channel.ServiceUrl, "Where was Trotsky born?", "1"), expired));
    }

    [Fact]
    public async Task TokenForAnotherBot_Gets401()
    {
        var otherAudience = ChannelTokens.Create(_channel.TrustedKey, "some-other-bot", _channel.ServiceUrl);

        await AssertRejectedAsync(await PostAsync(ChannelActivities.TeamsPersonal(_channel.ServiceUrl, "Where was Trotsky born?", "1"), otherAudience));
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public async Task GarbageToken_Gets401(string token)
    {
        await AssertRejectedAsync(await PostAsync(ChannelActivities.TeamsPersonal(_channel.ServiceUrl, "Where was Trotsky born?", "1"), token));
    }

    [Fact]
    public async Task ValidToken_IsAccepted()
    {
        // An invoke is answered in the HTTP response, so no outgoing token (which would need Entra ID) is involved.
        var valid = ChannelTokens.Create(_channel.TrustedKey, AppId, _channel.ServiceUrl);

        var response = await PostAsync(ChannelActivities.TeamsFeedback(_channel.ServiceUrl, "reply-1"), valid);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
