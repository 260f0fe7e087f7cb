using System.Net;
using System.Text;
using ChatBot.Web.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ChatBot.Web.Tests.Fuzz;

/// <summary>
/// Generated activities (message, conversationUpdate, invoke, messageReaction) with every member and item in turn
/// removed, null or of the wrong type, posted to /api/messages: each gets 200 or 400 (401 with authentication on), no
/// exception is logged, no error reaches the user, and afterwards a valid question is answered.
/// </summary>
public sealed class ActivityFuzzTests : IAsyncLifetime
{
    private RecordingChannel _channel = null!;
    private ChatBotHostFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _channel = await RecordingChannel.StartAsync();
        _host = new ChatBotHostFactory(new Dictionary<string, string?> { ["Bot:MessagesPerMinute"] = "10000" });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Malformed_activities_get_200_or_400_with_no_exception_and_the_next_question_is_answered()
    {
        var failures = new List<string>();
        var sent = 0;
        foreach (var (name, template) in FuzzTemplates.All(_channel.ServiceUrl))
        {
            foreach (var (what, json) in ActivityMutations.Of(name, template))
            {
                using var response = await _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
                sent++;
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
                {
                    failures.Add($"{(int)response.StatusCode} for {what}");
                }
            }
        }

        var logged = _host.Logs.Entries.Where(e => e.Exception is not null || e.Level >= LogLevel.Error).ToList();
        var apologies = _channel.Received.Where(a => ((string?)a.Activity["text"] ?? string.Empty).Contains("went wrong", StringComparison.Ordinal)).ToList();

        Assert.True(sent > 2000, $"only {sent} activities generated");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} got another status:\n{string.Join('\n', failures.Take(20))}");
        Assert.True(logged.Count == 0, $"{logged.Count} errors logged, e.g.:\n{string.Join("\n\n", logged.Take(3).Select(e => $"{e.Category}: {e.Message}\n{e.Exception}"))}");
        Assert.Empty(apologies);

        var valid = ChannelActivities.TeamsPersonal(_channel.ServiceUrl, "Where was Trotsky born?", "after-the-fuzz");
        using var ok = await _client.PostAsync("/api/messages", new StringContent(valid, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var answer = _channel.Messages.Single(a => a.ReplyToId == "after-the-fuzz");
        Assert.Contains("[1]", (string?)answer.Activity["text"]);
    }

    [Theory]
    [InlineData("task/fetch", "null")]
    [InlineData("composeExtension/query", "null")]
    [InlineData("composeExtension/query", "{\"commandId\":\"search\",\"parameters\":[{\"name\":\"q\",\"value\":\"trotsky\"}]}")]
    [InlineData("adaptiveCard/action", "{\"action\":{\"type\":\"Action.Execute\"}}")]
    [InlineData("message/submitAction", "{\"actionName\":\"share\"}")]
    [InlineData("no/such/invoke", "5")]
    [InlineData(null, "null")]
    public async Task Invokes_the_bot_does_not_serve_get_400_and_nothing_is_sent(string? name, string value)
    {
        var invoke = $$"""
            {"type":"invoke",{{(name is null ? "" : $"\"name\":\"{name}\",")}}"id":"i-1","channelId":"msteams","serviceUrl":"{{_channel.ServiceUrl}}",
             "from":{"id":"29:user"},"conversation":{"id":"a:invoke"},"recipient":{"id":"28:bot"},"value":{{value}}}
            """;

        using var response = await _client.PostAsync("/api/messages", new StringContent(invoke, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_channel.Received);
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Exception is not null || e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task The_feedback_invoke_is_still_acknowledged_with_200()
    {
        using var response = await _client.PostAsync("/api/messages", new StringContent(ChannelActivities.TeamsFeedback(_channel.ServiceUrl, "reply-1"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_channel.Received);
    }
}
