using System.Net;
using System.Text;
using ChatBot.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Web.Tests.State;

/// <summary>Two hosts on 127.0.0.1 (real Kestrel servers, as two instances behind the Azure Bot endpoint) share conversations through one redis-server.</summary>
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
        using var toFirst = new HttpClient { BaseAddress = StartOnLoopback(first) };
        using var toSecond = new HttpClient { BaseAddress = StartOnLoopback(second) };
        Assert.NotEqual(toFirst.BaseAddress, toSecond.BaseAddress);

        var asked = await toFirst.PostAsync("/api/messages", new StringContent(
            ChannelActivities.TeamsPersonal(channel.ServiceUrl, "Who let Trotsky into Norway?", "1"), Encoding.UTF8, "application/json"));
        var followed = await toSecond.PostAsync("/api/messages", new StringContent(
            ChannelActivities.TeamsPersonal(channel.ServiceUrl, "Whose guest was he there?", "2"), Encoding.UTF8, "application/json"));

        Assert.True(asked.IsSuccessStatusCode, $"first host answered {(int)asked.StatusCode}");
        Assert.True(followed.IsSuccessStatusCode, $"second host answered {(int)followed.StatusCode}");
        Assert.Single(first.Answers.Calls);

        var followUp = Assert.Single(second.Answers.Calls);
        Assert.Equal("Whose guest was he there?", followUp.Question);
        Assert.Equal(["Who let Trotsky into Norway?"], followUp.History);
        Assert.Equal(2, channel.Messages.Count);
    }

    private static Uri StartOnLoopback(ChatBotHostFactory host)
    {
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First());
    }
}
