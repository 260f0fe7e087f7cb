using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatBot.Web.Tests.Support;

namespace ChatBot.Web.Tests.Health;

/// <summary>POST /admin/reindex: off without Admin:ApiKey, 401 without the right bearer key, the served version with it.</summary>
public sealed class ReindexEndpointTests
{
    [Fact]
    public async Task Without_an_admin_key_configured_the_endpoint_does_not_exist()
    {
        await using var host = new ChatBotHostFactory();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/admin/reindex", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key")]
    [InlineData("Basic c2VjcmV0LWFkbWluLWtleQ==")]
    public async Task A_request_without_the_key_is_refused(string? authorization)
    {
        await using var host = new ChatBotHostFactory(new Dictionary<string, string?> { ["Admin:ApiKey"] = "secret-admin-key" });
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reindex");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, host.Index.Reloads);
    }

    [Fact]
    public async Task With_the_key_it_rebuilds_and_answers_the_version_now_served()
    {
        await using var host = new ChatBotHostFactory(new Dictionary<string, string?> { ["Admin:ApiKey"] = "secret-admin-key" });
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reindex");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "secret-admin-key");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.TryGetProperty("version", out _));
        Assert.True(body.RootElement.TryGetProperty("problems", out _));
        Assert.Equal(1, host.Index.Reloads);
    }
}
