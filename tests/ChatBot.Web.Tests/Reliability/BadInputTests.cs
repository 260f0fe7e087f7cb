using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Web.Tests.Reliability;

/// <summary>
/// 1,000 generated bad requests (400 to /api/messages, 300 to /api/ask, 300 to /v3/directline): each gets a 4xx or a
/// polite reply, never a 5xx, and nothing shows exception text; afterwards the host still answers a valid question.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class BadInputTests(OfflineHostFixture fixture) : IClassFixture<OfflineHostFixture>
{
    private const string NoReply = "(no reply)";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Four_hundred_bad_activities_to_api_messages_get_4xx_or_a_polite_reply_and_the_next_question_is_answered()
    {
        using var client = fixture.Host.CreateClient();
        var failures = new List<string>();
        var awaited = new List<(BadRequest Request, Task<JsonElement> Reply)>();
        foreach (var request in BadRequestGenerator.ForMessages(400, fixture.Channel.ServiceUrl))
        {
            using var response = await client.PostAsync("/api/messages", HttpJson.Content(request.Body, request.ContentType));
            var body = await response.Content.ReadAsStringAsync();
            Check(request, response.StatusCode, body, failures);
            if (response.IsSuccessStatusCode && request.ActivityId is { } id)
            {
                awaited.Add((request, fixture.Channel.ReplyTo(id)));
            }
        }

        foreach (var (request, reply) in awaited)
        {
            var text = await TextOfAsync(reply);
            if (text is null)
            {
                failures.Add($"no reply within {ReplyTimeout.TotalSeconds} s to {request}");
            }
        }

        foreach (var (_, activity) in fixture.Channel.Received)
        {
            if (HttpJson.Leak(activity.GetRawText()) is { } leak)
            {
                failures.Add($"a reply shows '{leak}': {activity.GetRawText()[..Math.Min(300, activity.GetRawText().Length)]}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n{string.Join('\n', failures.Take(30))}");

        var valid = HttpJson.Message("valid-after-fuzz", "valid-after-fuzz", "Where was Trotsky born?", fixture.Channel.ServiceUrl);
        var answer = fixture.Channel.ReplyTo("valid-after-fuzz");
        using var ok = await client.PostAsync("/api/messages", HttpJson.Json(valid));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("[1]", await TextOfAsync(answer) ?? "(no reply)");
    }

    [Fact]
    public async Task Three_hundred_bad_bodies_to_api_ask_get_4xx_or_an_answer_and_the_next_question_is_answered()
    {
        using var client = fixture.Host.CreateClient();
        var failures = new List<string>();
        foreach (var request in BadRequestGenerator.ForAsk(300))
        {
            using var response = await client.PostAsync("/api/ask", HttpJson.Content(request.Body, request.ContentType));
            Check(request, response.StatusCode, await response.Content.ReadAsStringAsync(), failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n{string.Join('\n', failures.Take(30))}");

        using var ok = await client.PostAsJsonAsync("/api/ask", new { question = "Where was Trotsky born?" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var answer = JsonDocument.Parse(await ok.Content.ReadAsStringAsync());
        Assert.True(answer.RootElement.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Three_hundred_bad_direct_line_requests_get_4xx_and_the_conversation_still_answers()
    {
        using var client = fixture.Host.CreateClient();
        var failures = new List<string>();
        var (conversation, token) = await StartDirectLineAsync(client);
        var (otherConversation, _) = await StartDirectLineAsync(client);
        var n = 0;
        foreach (var request in BadRequestGenerator.ForDirectLine(300))
        {
            // A new conversation every 5 posts keeps each within the shipped post burst (DirectLine:PostsPerMinute / 4),
            // so the requests reach the parser and the bot instead of all getting 429.
            if (n > 0 && n % 5 == 0)
            {
                (conversation, token) = await StartDirectLineAsync(client);
            }

            // Most carry a good token; some no token, a forged one, or a token for another conversation.
            using var message = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{(n % 23 == 5 ? otherConversation : conversation)}/activities")
            {
                Content = HttpJson.Content(request.Body, request.ContentType),
            };
            message.Headers.Authorization = (n++ % 17) switch
            {
                3 => null,
                4 => new AuthenticationHeaderValue("Bearer", "forged-" + token[..Math.Min(10, token.Length)]),
                _ => new AuthenticationHeaderValue("Bearer", token),
            };
            using var response = await client.SendAsync(message);
            Check(request, response.StatusCode, await response.Content.ReadAsStringAsync(), failures);
        }

        foreach (var watermark in new[] { "-1", "abc", "99999999999999999999999", "1e5", " ", "%00" })
        {
            using var poll = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities?watermark={watermark}");
            poll.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(poll);
            Check(new BadRequest($"watermark {watermark}", []), response.StatusCode, await response.Content.ReadAsStringAsync(), failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n{string.Join('\n', failures.Take(30))}");

        // The last fuzzed conversation still replies, and a new conversation gets a cited answer.
        var fuzzedReply = await AskDirectLineAsync(client, conversation, token, "Where was Trotsky born?");
        Assert.False(fuzzedReply.StartsWith(NoReply, StringComparison.Ordinal), fuzzedReply);
        Assert.Null(HttpJson.Leak(fuzzedReply));
        var (fresh, freshToken) = await StartDirectLineAsync(client);
        var reply = await AskDirectLineAsync(client, fresh, freshToken, "Where was Trotsky born?");
        Assert.Contains("[1]", reply);
        Assert.Null(HttpJson.Leak(reply));
    }

    private static void Check(BadRequest request, HttpStatusCode status, string body, List<string> failures)
    {
        if ((int)status >= 500)
        {
            failures.Add($"{(int)status} for {request}");
        }
        else if (HttpJson.Leak(body) is { } leak)
        {
            failures.Add($"{(int)status} body shows '{leak}' for {request}: {body[..Math.Min(300, body.Length)]}");
        }
    }

    private static async Task<string?> TextOfAsync(Task<JsonElement> reply)
    {
        try
        {
            var activity = await reply.WaitAsync(ReplyTimeout);
            return activity.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private static async Task<(string Conversation, string Token)> StartDirectLineAsync(HttpClient client)
    {
        using var tokenResponse = await client.PostAsync("/api/directline/token", null);
        tokenResponse.EnsureSuccessStatusCode();
        using var session = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var token = session.RootElement.GetProperty("token").GetString()!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await client.SendAsync(start);
        started.EnsureSuccessStatusCode();
        using var conversation = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        return (conversation.RootElement.GetProperty("conversationId").GetString()!, token);
    }

    private static async Task<string> AskDirectLineAsync(HttpClient client, string conversation, string token, string question)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities")
        {
            Content = HttpJson.Json(new { type = "message", from = new { id = "user" }, text = question }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var posted = await client.SendAsync(post);
        posted.EnsureSuccessStatusCode();
        using var postedBody = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        var id = postedBody.RootElement.GetProperty("id").GetString();

        var deadline = DateTime.UtcNow + ReplyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            using var poll = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities");
            poll.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(poll);
            response.EnsureSuccessStatusCode();
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            foreach (var activity in page.RootElement.GetProperty("activities").EnumerateArray())
            {
                if (activity.GetProperty("type").GetString() == "message"
                    && activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == id)
                {
                    return activity.GetProperty("text").GetString() ?? "";
                }
            }

            await Task.Delay(100);
        }

        using var last = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities");
        last.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var lastResponse = await client.SendAsync(last);
        var dump = await lastResponse.Content.ReadAsStringAsync();
        return NoReply + " after " + dump[Math.Max(0, dump.Length - 1500)..];
    }
}
