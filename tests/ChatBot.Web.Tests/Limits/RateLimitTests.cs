using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChatBot.Web.Tests.DirectLine;
using ChatBot.Web.Tests.WebChat;

namespace ChatBot.Web.Tests.Limits;

/// <summary>
/// The host's rate limits at their shipped numbers (appsettings.json): N a minute admits exactly N, the next gets 429
/// with Retry-After, and requests refused as malformed or too large use none of the allowance.
/// </summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Direct_line_admits_PostsPerMinute_posts_and_refused_posts_do_not_count()
    {
        // Shipped DirectLine:PostsPerMinute is 30 (the test host only lifts the per-client conversation limit).
        await using var host = new WebChatTestHost();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        await client.StartAsync();
        var path = $"/v3/directline/conversations/{client.ConversationId}/activities";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            // Before each good post, a malformed one and an over-large one: refused, and not counted.
            statuses.Add(await SendAsync(http, client.Request(HttpMethod.Post, path, "{\"type\": ")));
            statuses.Add(await SendAsync(http, client.Request(HttpMethod.Post, path, $"{{\"type\":\"message\",\"text\":\"{new string('x', 20_000)}\"}}")));
            statuses.Add(await SendAsync(http, client.Request(HttpMethod.Post, path, $"{{\"type\":\"message\",\"text\":\"question {i}\",\"from\":{{\"id\":\"u\"}}}}")));
        }

        using var over = await http.SendAsync(client.Request(HttpMethod.Post, path, "{\"type\":\"message\",\"text\":\"one too many\"}"));

        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.OK));
        AssertTooManyWithRetryAfter(over);
    }

    [Fact]
    public async Task Direct_line_admits_ConversationsPerMinutePerClient_new_conversations()
    {
        await using var host = new WebChatTestHost(new Dictionary<string, string?> { ["DirectLine:ConversationsPerMinutePerClient"] = "20" });
        using var http = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await http.PostAsync("/api/directline/token", null);
            statuses.Add(response.StatusCode);
        }

        using var over = await http.PostAsync("/api/directline/token", null);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        AssertTooManyWithRetryAfter(over);
    }

    [Fact]
    public async Task Api_ask_admits_AskPerMinutePerClient_questions_and_refused_bodies_do_not_count()
    {
        // Shipped Api:AskPerMinutePerClient is 60.
        await using var host = new WebChatTestHost();
        using var http = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 60; i++)
        {
            using var bad = await http.PostAsync("/api/ask", new StringContent("{\"question\": 5}", Encoding.UTF8, "application/json"));
            statuses.Add(bad.StatusCode);
            using var good = await http.PostAsJsonAsync("/api/ask", new { question = $"Where was Trotsky born? ({i})" });
            statuses.Add(good.StatusCode);
        }

        using var over = await http.PostAsJsonAsync("/api/ask", new { question = "One too many?" });

        Assert.Equal(60, statuses.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(60, statuses.Count(s => s == HttpStatusCode.OK));
        AssertTooManyWithRetryAfter(over);
        Assert.Equal("application/problem+json", over.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request))
        {
            return response.StatusCode;
        }
    }

    private static void AssertTooManyWithRetryAfter(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }
}
