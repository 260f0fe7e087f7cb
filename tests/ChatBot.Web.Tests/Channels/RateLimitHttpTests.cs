using System.Net;
using System.Text;
using ChatBot.Web.Tests.Support;

namespace ChatBot.Web.Tests.Channels;

public sealed class RateLimitHttpTests
{
    [Fact]
    public async Task AConversationOverItsLimit_IsAskedToSlowDown_WhileAnotherConversationIsServed()
    {
        await using var channel = await RecordingChannel.StartAsync();
        await using var host = new ChatBotHostFactory(new Dictionary<string, string?> { ["Bot:MessagesPerMinute"] = "2" });
        using var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostAsync("/api/messages", new StringContent(
                ChannelActivities.WebChat(channel.ServiceUrl, "Where was Trotsky born?", $"m{i}"), Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var other = await client.PostAsync("/api/messages", new StringContent(
            ChannelActivities.Emulator(channel.ServiceUrl, "Where was Trotsky born?", "e1"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(3, host.Answers.Calls.Count);
        var replies = channel.Messages.Select(m => m.Text ?? string.Empty).ToList();
        Assert.Single(replies, r => r.StartsWith("You're sending messages faster than I can answer.", StringComparison.Ordinal));
    }
}
