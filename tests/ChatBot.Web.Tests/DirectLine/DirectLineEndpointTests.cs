using System.Net;
using ChatBot.Web.Tests.WebChat;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.DirectLine;

public sealed class DirectLineEndpointTests : WebChatHostTestBase
{

    [Fact]
    public async Task Starting_a_conversation_delivers_the_bots_welcome_with_suggested_actions()
    {
        var client = new DirectLineTestClient(Http);
        await client.StartAsync();

        var welcome = await client.WaitForAsync(a => (string?)a["type"] == "message");

        Assert.Equal(FakeCitingBot.Welcome, (string?)welcome["text"]);
        Assert.Equal("bot", (string?)welcome["from"]!["role"]);
        Assert.Equal(client.ConversationId, (string?)welcome["conversation"]!["id"]);
        Assert.Equal(FakeCitingBot.ExampleQuestion, (string?)welcome["suggestedActions"]!["actions"]![0]!["value"]);
    }

    [Fact]
    public async Task Posted_message_is_echoed_with_its_id_and_clientActivityID_then_answered_with_citations()
    {
        var client = new DirectLineTestClient(Http);
        await client.StartAsync();

        var id = await client.SayAsync("Where was Trotsky born?", "client-42");
        var echo = await client.WaitForAsync(a => (string?)a["id"] == id);
        var answer = await client.WaitForAsync(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message");

        Assert.StartsWith(client.ConversationId + "|", id, StringComparison.Ordinal);
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("directline", (string?)answer["channelId"]);
        Assert.Contains("[1]", (string?)answer["text"], StringComparison.Ordinal);
        Assert.Contains("[1]: /sources/" + FakeAnswerService.SectionId, (string?)answer["text"], StringComparison.Ordinal);
        Assert.Equal("https://schema.org/Message", (string?)answer["entities"]![0]!["type"]);
        Assert.True(client.Seen.IndexOf(echo) < client.Seen.IndexOf(answer), "the question comes before its answer");
        Assert.True((DateTime)answer["timestamp"]! > (DateTime)echo["timestamp"]!);
    }

    [Fact]
    public async Task Typing_indicator_arrives_before_the_answer()
    {
        var client = new DirectLineTestClient(Http);
        await client.StartAsync();

        var id = await client.SayAsync("Where was Trotsky born?");
        var answer = await client.WaitForAsync(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message");
        var typing = client.Seen.FindIndex(a => (string?)a["replyToId"] == id && (string?)a["type"] == "typing");

        Assert.InRange(typing, 0, client.Seen.IndexOf(answer) - 1);
    }

    [Fact]
    public async Task Watermark_returns_only_newer_activities()
    {
        var client = new DirectLineTestClient(Http);
        await client.StartAsync();
        await client.WaitForAsync(a => (string?)a["type"] == "message");

        var again = await client.PollAsync();

        Assert.Empty((JArray)again["activities"]!);
        Assert.Equal(client.Seen.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)again["watermark"]);
    }

    [Fact]
    public async Task Activity_sent_as_another_user_is_sent_as_the_tokens_user()
    {
        var client = new DirectLineTestClient(Http);
        await client.StartAsync();
        var json = """{"type":"message","text":"hi","from":{"id":"admin","role":"bot"}}""";

        using var post = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", json);
        using var response = await Http.SendAsync(post);
        var id = (string)JObject.Parse(await response.Content.ReadAsStringAsync())["id"]!;
        var echo = await client.WaitForAsync(a => (string?)a["id"] == id);

        Assert.Equal(client.UserId, (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
    }

    [Theory]
    [InlineData("GET", "/activities")]
    [InlineData("POST", "/activities")]
    public async Task Call_without_a_token_is_401(string method, string suffix)
    {
        var client = new DirectLineTestClient(Http);
        await client.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/v3/directline/conversations/{client.ConversationId}{suffix}");

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_token_is_403()
    {
        var client = new DirectLineTestClient(Http);
        await client.StartAsync();
        using var request = client.Request(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: "forged-token-value");

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task One_conversations_token_cannot_read_or_write_another_conversation()
    {
        var alice = new DirectLineTestClient(Http);
        var mallory = new DirectLineTestClient(Http);
        await alice.StartAsync();
        await mallory.StartAsync();
        await alice.SayAsync("Where was Trotsky born?");

        using var read = mallory.Request(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}/activities");
        using var readResponse = await Http.SendAsync(read);
        using var write = mallory.Request(HttpMethod.Post, $"/v3/directline/conversations/{alice.ConversationId}/activities", """{"type":"message","text":"x"}""");
        using var writeResponse = await Http.SendAsync(write);

        Assert.Equal(HttpStatusCode.Forbidden, readResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, writeResponse.StatusCode);
        Assert.DoesNotContain("Trotsky", await readResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_are_long_random_and_distinct()
    {
        var a = new DirectLineTestClient(Http);
        var b = new DirectLineTestClient(Http);
        await a.StartAsync();
        await b.StartAsync();

        Assert.NotEqual(a.Token, b.Token);
        Assert.True(a.Token.Length >= 43, "32 random bytes in base64url are 43 characters");
    }

    [Fact]
    public async Task Refreshed_token_works_for_the_same_conversation()
    {
        var client = new DirectLineTestClient(Http);
        await client.StartAsync();
        using var refresh = client.Request(HttpMethod.Post, "/v3/directline/tokens/refresh");
        using var refreshed = await Http.SendAsync(refresh);
        var body = JObject.Parse(await refreshed.Content.ReadAsStringAsync());
        var newToken = (string)body["token"]!;

        using var poll = client.Request(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: newToken);
        using var polled = await Http.SendAsync(poll);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        Assert.NotEqual(client.Token, newToken);
        Assert.Equal(HttpStatusCode.OK, polled.StatusCode);
    }

    [Fact]
    public async Task Oversized_activity_is_413_and_malformed_json_is_400()
    {
        var client = new DirectLineTestClient(Http);
        await client.StartAsync();
        var path = $"/v3/directline/conversations/{client.ConversationId}/activities";

        using var big = client.Request(HttpMethod.Post, path, $$"""{"type":"message","text":"{{new string('a', 20_000)}}"}""");
        using var bigResponse = await Http.SendAsync(big);
        using var broken = client.Request(HttpMethod.Post, path, """{"type":"message","text":""");
        using var brokenResponse = await Http.SendAsync(broken);
        using var typeless = client.Request(HttpMethod.Post, path, """{"text":"no type"}""");
        using var typelessResponse = await Http.SendAsync(typeless);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, bigResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, brokenResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, typelessResponse.StatusCode);
        Assert.DoesNotContain("Exception", await brokenResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_faster_than_the_limit_gets_429()
    {
        var client = new DirectLineTestClient(Http);
        await client.StartAsync();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 40; i++)
        {
            using var poll = client.Request(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
            using var response = await Http.SendAsync(poll);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task Turns_run_through_the_registered_adapter_and_its_middleware()
    {
        var marker = new MarkingMiddleware();
        await using var marked = new WebChatTestHost(services: s => s.AddSingleton<IBotFrameworkHttpAdapter>(_ =>
        {
            var adapter = new CloudAdapter(BotFrameworkAuthenticationFactory.Create(), NullLogger<CloudAdapter>.Instance);
            adapter.Use(marker);
            return adapter;
        }));
        using var markedHttp = marked.CreateClient();
        var client = new DirectLineTestClient(markedHttp);
        await client.StartAsync();

        var id = await client.SayAsync("Where was Trotsky born?");
        var answer = await client.WaitForAsync(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message");

        Assert.Equal("yes", (string?)answer["channelData"]!["middleware"]);
        Assert.Contains("directline", marker.Channels);
    }

    [Fact]
    public async Task Bot_failure_is_reported_by_the_adapters_error_handler_without_details()
    {
        await using var failing = new WebChatTestHost(services: s =>
        {
            s.AddTransient<IBot, ThrowingBot>();
            s.AddSingleton<IBotFrameworkHttpAdapter>(_ => new CloudAdapter(BotFrameworkAuthenticationFactory.Create(), NullLogger<CloudAdapter>.Instance)
            {
                OnTurnError = (turn, _) => turn.SendActivityAsync("Sorry, it went wrong."),
            });
        });
        using var failingHttp = failing.CreateClient();
        var client = new DirectLineTestClient(failingHttp);
        await client.StartAsync();

        var id = await client.SayAsync("anything");
        var reply = await client.WaitForAsync(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message");

        Assert.Equal("Sorry, it went wrong.", (string?)reply["text"]);
        Assert.DoesNotContain(client.Seen, a => ((string?)a["text"] ?? string.Empty).Contains("secret detail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Opening_more_conversations_than_allowed_is_refused_with_503()
    {
        await using var small = new WebChatTestHost(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "2" });
        using var smallHttp = small.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await smallHttp.PostAsync("/api/directline/token", null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable], statuses);
    }

    [Fact]
    public async Task Starting_conversations_too_fast_from_one_client_gets_429()
    {
        await using var limited = new WebChatTestHost(new Dictionary<string, string?> { ["DirectLine:ConversationsPerMinutePerClient"] = "2" });
        using var limitedHttp = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await limitedHttp.PostAsync("/api/directline/token", null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    private sealed class MarkingMiddleware : IMiddleware
    {
        public List<string> Channels { get; } = [];

        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            Channels.Add(turnContext.Activity.ChannelId);
            turnContext.OnSendActivities(async (_, activities, nextSend) =>
            {
                foreach (var activity in activities)
                {
                    activity.ChannelData = new JObject { ["middleware"] = "yes" };
                }

                return await nextSend();
            });
            await next(cancellationToken);
        }
    }

    private sealed class ThrowingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Type == ActivityTypes.Message
                ? throw new InvalidOperationException("secret detail")
                : Task.CompletedTask;
    }
}
