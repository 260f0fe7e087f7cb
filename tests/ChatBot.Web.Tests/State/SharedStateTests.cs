using System.Text;
using ChatBot.Web.Tests.Support;

namespace ChatBot.Web.Tests.State;

/// <summary>Two hosts behind one bot endpoint share conversations through Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class SharedStateTests(RedisServerFixture redis)
{
    [RedisFact]
    public async Task FollowUpSentToAnotherInstance_StillSeesTheFirstQuestion()
    {
        await using var channel = await RecordingChannel.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:RedisConnection"] = redis.ConnectionString,
            ["State:RedisKeyPrefix"] = $"shared:{Guid.NewGuid():N}:",
        };
        await using var first = new ChatBotHostFactory(settings);
        await using var second = new ChatBotHostFactory(settings);

        await first.CreateClient().PostAsync("/api/messages", new StringContent(
            ChannelActivities.TeamsPersonal(channel.ServiceUrl, "Who let Trotsky into Norway?", "1"), Encoding.UTF8, "application/json"));
        await second.CreateClient().PostAsync("/api/messages", new StringContent(
            ChannelActivities.TeamsPersonal(channel.ServiceUrl, "Whose guest was he there?", "2"), Encoding.UTF8, "application/json"));

        var followUp = Assert.Single(second.Answers.Calls);
        Assert.Equal("Whose guest was he there?", followUp.Question);
        Assert.Equal(["Who let Trotsky into Norway?"], followUp.History);
        Assert.Equal(2, channel.Messages.Count);
    }
}
