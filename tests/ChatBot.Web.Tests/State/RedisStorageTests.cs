using ChatBot.Web.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.State;

[Collection(RedisCollection.Name)]
public sealed class RedisStorageTests(RedisServerFixture redis)
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";

    private RedisStorage CreateStorage(TimeSpan? timeToLive = null) => new(
        redis.Connection,
        Options.Create(new StateOptions { Provider = StateProvider.Redis, RedisConnection = redis.ConnectionString, RedisKeyPrefix = _prefix, TimeToLive = timeToLive ?? TimeSpan.FromHours(1) }));

    private sealed class Note : IStoreItem
    {
        public string Text { get; set; } = string.Empty;

        public string? ETag { get; set; }
    }

    [RedisFact]
    public async Task WriteThenRead_ReturnsTheValueWithAnETag()
    {
        var storage = CreateStorage();

        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new { Questions = new[] { "one", "two" } } });
        var items = await storage.ReadAsync(["a", "missing"]);

        var item = Assert.IsType<JObject>(Assert.Single(items, i => i.Key == "a").Value);
        Assert.Equal(["one", "two"], item["Questions"]!.Values<string>());
        Assert.False(string.IsNullOrEmpty((string?)item["ETag"]));
        Assert.DoesNotContain("missing", items.Keys);
    }

    [RedisFact]
    public async Task WriteWithAStaleETag_Throws_WhileTheCurrentETagOrAStarSucceeds()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "v1" } });
        var first = ((JObject)(await storage.ReadAsync(["note"]))["note"]).ToObject<Note>()!;

        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "v2", ETag = first.ETag } });
        var stale = new Note { Text = "lost update", ETag = first.ETag };

        var conflict = await Assert.ThrowsAsync<StorageETagConflictException>(() => storage.WriteAsync(new Dictionary<string, object> { ["note"] = stale }));
        Assert.Equal("note", conflict.Key);
        Assert.Equal("v2", ((JObject)(await storage.ReadAsync(["note"]))["note"])["Text"]!.ToString());

        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "forced", ETag = "*" } });
        Assert.Equal("forced", ((JObject)(await storage.ReadAsync(["note"]))["note"])["Text"]!.ToString());
    }

    [RedisFact]
    public async Task ConcurrentWritersWithTheSameETag_OnlyOneWins()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["race"] = new Note { Text = "start" } });
        var etag = (string?)((JObject)(await storage.ReadAsync(["race"]))["race"])["ETag"];

        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await CreateStorage().WriteAsync(new Dictionary<string, object> { ["race"] = new Note { Text = $"writer {i}", ETag = etag } });
                return true;
            }
            catch (StorageETagConflictException)
            {
                return false;
            }
        }));

        var outcomes = await Task.WhenAll(writers);
        Assert.Equal(1, outcomes.Count(won => won));
    }

    [RedisFact]
    public async Task Delete_RemovesTheItems()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["x"] = new { A = 1 }, ["y"] = new { B = 2 } });

        await storage.DeleteAsync(["x", "y", "never-written"]);

        Assert.Empty(await storage.ReadAsync(["x", "y"]));
    }

    [RedisFact]
    public async Task Write_SetsTheConfiguredTimeToLive()
    {
        await CreateStorage(TimeSpan.FromMinutes(10)).WriteAsync(new Dictionary<string, object> { ["ttl"] = new { A = 1 } });

        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(_prefix + "ttl");

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }
}
