using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace ChatBot.Web.State;

/// <summary>
/// Bot state in Redis, so several instances behind one bot endpoint share conversations.
/// Each item is a hash { etag, value }; a write that carries an ETag (an <see cref="IStoreItem"/> or a JSON object with
/// "ETag", as <see cref="MemoryStorage"/> accepts) only succeeds while the stored ETag is still the same; "*" or no ETag
/// writes unconditionally, as the Blob and Cosmos DB storages do.
/// </summary>
public sealed class RedisStorage : IStorage
{
    private const string ETagProperty = "ETag";

    // The compare and the set must be one atomic step, or two instances could both pass the check.
    private static readonly LuaScript WriteScript = LuaScript.Prepare("""
        local current = redis.call('HGET', @key, 'etag')
        if @expected ~= '' and @expected ~= '*' and current and current ~= @expected then
          return 0
        end
        redis.call('HSET', @key, 'etag', @etag, 'value', @value)
        redis.call('PEXPIRE', @key, @ttl)
        return 1
        """);

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        // Same as MemoryStorage: no type names in stored JSON, so a stored item can never choose what gets instantiated.
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
    });

    private readonly IConnectionMultiplexer _redis;
    private readonly StateOptions _options;

    public RedisStorage(IConnectionMultiplexer redis, IOptions<StateOptions> options)
    {
        _redis = redis;
        _options = options.Value;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var db = _redis.GetDatabase();
        var reads = keys.Distinct().Select(async key =>
            (key, fields: await db.HashGetAsync(RedisKeyOf(key), ["etag", "value"]).WaitAsync(cancellationToken).ConfigureAwait(false)));
        var results = await Task.WhenAll(reads).ConfigureAwait(false);

        var items = new Dictionary<string, object>(keys.Length);
        foreach (var (key, fields) in results)
        {
            if (fields[1].IsNull)
            {
                continue;
            }

            var value = JObject.Parse(fields[1].ToString());
            value[ETagProperty] = fields[0].ToString();
            items[key] = value;
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var db = _redis.GetDatabase();
        foreach (var (key, newValue) in changes)
        {
            var expected = newValue switch
            {
                IStoreItem item => item.ETag,
                JObject stored => stored.Value<string>(ETagProperty),
                _ => null,
            };

            var json = newValue is null ? new JObject() : JObject.FromObject(newValue, Serializer);
            json.Remove(ETagProperty);

            var written = (int)await db.ScriptEvaluateAsync(WriteScript, new
            {
                key = RedisKeyOf(key),
                expected = expected ?? string.Empty,
                etag = Guid.NewGuid().ToString("N"),
                value = json.ToString(Formatting.None),
                ttl = (long)_options.TimeToLive.TotalMilliseconds,
            }).WaitAsync(cancellationToken).ConfigureAwait(false);

            if (written == 0)
            {
                throw new StorageETagConflictException(key);
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await _redis.GetDatabase().KeyDeleteAsync(keys.Select(RedisKeyOf).ToArray()).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private RedisKey RedisKeyOf(string key) => _options.RedisKeyPrefix + key;
}
