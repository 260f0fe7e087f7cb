using System.Net;
using System.Text;
using ChatBot.Web.DirectLine;
using ChatBot.Web.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.DirectLine;

public sealed class AzureDirectLineTests
{
    private const string Secret = "dl-secret-that-must-stay-on-the-server";

    [Fact]
    public async Task Token_endpoint_exchanges_the_secret_on_the_server_and_returns_only_the_token()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, """{"conversationId":"abc","token":"azure-token","expires_in":1800}""");
        await using var host = AzureHost(handler);
        using var http = host.CreateClient();

        using var response = await http.PostAsync("/api/directline/token", null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("azure-token", (string?)JObject.Parse(body)["token"]);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        var sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://directline.botframework.com/v3/directline/tokens/generate", sent.Uri);
        Assert.Equal("Bearer " + Secret, sent.Authorization);
        Assert.StartsWith("dl_", (string?)JObject.Parse(sent.Body)["user"]!["id"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_in_azure_mode_never_holds_the_secret_and_may_connect_to_azure()
    {
        await using var host = AzureHost(new RecordingHandler(HttpStatusCode.OK, "{}"));
        using var http = host.CreateClient();

        using var response = await http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://directline.botframework.com wss://directline.botframework.com",
            string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Azure_refusal_is_a_502_without_details()
    {
        var handler = new RecordingHandler(HttpStatusCode.Forbidden, """{"error":{"message":"bad secret dl-secret-that-must-stay-on-the-server"}}""");
        await using var host = AzureHost(handler);
        using var http = host.CreateClient();

        using var response = await http.PostAsync("/api/directline/token", null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offline_direct_line_is_not_served_in_azure_mode()
    {
        await using var host = AzureHost(new RecordingHandler(HttpStatusCode.OK, "{}"));
        using var http = host.CreateClient();

        using var response = await http.PostAsync("/v3/directline/conversations", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static WebChatTestHost AzureHost(RecordingHandler handler) => new(
        new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret },
        services => services.AddHttpClient<AzureDirectLineTokenClient>().ConfigurePrimaryHttpMessageHandler(() => handler));

    private sealed record SentRequest(HttpMethod Method, string Uri, string? Authorization, string Body);

    private sealed class RecordingHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<SentRequest> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add(new SentRequest(request.Method, request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), content));
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
