using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Core.Feedback;

/// <summary>Feedback in a Redis list (Feedback:RedisKey), newest first, shared by every instance that shares the bot's Redis state.</summary>
public sealed class RedisFeedbackStore(IConnectionMultiplexer redis, IOptions<FeedbackOptions> options, ILogger<RedisFeedbackStore> logger) : IFeedbackStore
{
    private readonly RedisKey key = options.Value.RedisKey;

    public Task AddAsync(FeedbackRecord record, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().ListLeftPushAsync(key, JsonSerializer.Serialize(record));

    public async Task<IReadOnlyList<FeedbackRecord>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        if (count <= 0)
        {
            return [];
        }

        var values = await redis.GetDatabase().ListRangeAsync(key, 0, count - 1).ConfigureAwait(false);
        var records = new List<FeedbackRecord>(values.Length);
        foreach (var value in values)
        {
            try
            {
                if (JsonSerializer.Deserialize<FeedbackRecord>(value.ToString()) is { } record)
                {
                    records.Add(record);
                }
            }
            catch (JsonException ex)
            {
                logger.LogWarning("Skipped an unreadable feedback entry in Redis list {Key}: {Reason}", key.ToString(), ex.Message);
            }
        }

        return records;
    }
}
