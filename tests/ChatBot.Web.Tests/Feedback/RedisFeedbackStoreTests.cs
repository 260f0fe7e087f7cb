using ChatBot.Core.Feedback;
using ChatBot.Web.Tests.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Tests.Feedback;

/// <summary>With State:Provider=Redis, feedback goes to a Redis list on the real redis-server of the state tests.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisFeedbackStoreTests(RedisServerFixture redis)
{
    [RedisFact]
    public async Task Records_are_kept_in_redis_and_read_back_newest_first()
    {
        var key = $"feedback-test:{Guid.NewGuid():N}";
        var store = new RedisFeedbackStore(redis.Connection, Options.Create(new FeedbackOptions { RedisKey = key }), NullLogger<RedisFeedbackStore>.Instance);

        foreach (var (question, minute) in new[] { ("first?", 1), ("second?", 2), ("third?", 3) })
        {
            await store.AddAsync(Record(question, minute));
        }

        Assert.Equal(["third?", "second?"], (await store.RecentAsync(2)).Select(r => r.Question));
        Assert.Equal(3, await redis.Connection.GetDatabase().ListLengthAsync(key));
    }

    [RedisFact]
    public void State_provider_Redis_selects_the_redis_store()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:RedisConnection"] = redis.ConnectionString,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddChatBotFeedback(configuration).BuildServiceProvider();

        Assert.IsType<RedisFeedbackStore>(services.GetRequiredService<IFeedbackStore>());
    }

    private static FeedbackRecord Record(string question, int minute) => new(
        new DateTimeOffset(2026, 12, 1, 10, minute, 0, TimeSpan.Zero), "webchat", "c", null, FeedbackRecord.Like, null, question, [], "answer", true, []);
}
