using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace ChatBot.Core.Embeddings;

/// <summary>
/// An <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> decorator that remembers embeddings by a hash of the embedded text
/// and of the model (never by passage id), so a rebuild embeds only the texts that changed. Batches are split by
/// Microsoft.Extensions.AI's <see cref="CachingEmbeddingGenerator{TInput,TEmbedding}"/>: hits are answered here, misses go
/// to the inner generator in one call. The entries are saved with the index snapshot (<c>IndexSnapshotStore</c>).
/// </summary>
/// <remarks>
/// One instance per process (registered by AddChatBotRetrieval). Anything embedded at index time (passages, and later
/// sentences) goes through it; query embeddings do not, so the cache holds corpus text only and is pruned after each
/// build with <see cref="RetainOnly"/>.
/// </remarks>
public sealed class EmbeddingCache : CachingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly ConcurrentDictionary<string, Embedding<float>> entries = new(StringComparer.Ordinal);
    private readonly string keyPrefix;
    private long hits;
    private long misses;

    public EmbeddingCache(IEmbeddingGenerator<string, Embedding<float>> innerGenerator, EmbeddingModel model)
        : base(innerGenerator)
    {
        Model = model;
        keyPrefix = $"{model.Id}\n{model.Dimensions}\n";
    }

    /// <summary>The model whose vectors this cache holds (part of every key).</summary>
    public EmbeddingModel Model { get; }

    /// <summary>Entries held.</summary>
    public int Count => entries.Count;

    /// <summary>Texts answered from the cache since the process started.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Texts sent to the inner generator since the process started.</summary>
    public long Misses => Interlocked.Read(ref misses);

    /// <summary>The cache key of <paramref name="text"/>: lowercase hex SHA-256 of the model id, its dimensions and the text.</summary>
    public string KeyOf(string text) => KeyOf(text, dimensions: null);

    /// <summary>The cached vector for <paramref name="key"/>, if there is one.</summary>
    public bool TryGet(string key, out ReadOnlyMemory<float> vector)
    {
        var found = entries.TryGetValue(key, out var embedding);
        vector = found ? embedding!.Vector : default;
        return found;
    }

    /// <summary>Adds an entry computed earlier (e.g. read from the snapshot).</summary>
    public void Add(string key, ReadOnlyMemory<float> vector) => entries[key] = new Embedding<float>(vector) { ModelId = Model.Id };

    /// <summary>Drops every entry whose key is not in <paramref name="keys"/>; returns how many were dropped.</summary>
    public int RetainOnly(IReadOnlySet<string> keys)
    {
        var dropped = 0;
        foreach (var key in entries.Keys)
        {
            if (!keys.Contains(key) && entries.TryRemove(key, out _))
            {
                dropped++;
            }
        }

        return dropped;
    }

    /// <summary>Forgets everything (a forced rebuild).</summary>
    public void Clear() => entries.Clear();

    /// <summary>All entries, ordered by key so that the same cache always writes the same snapshot.</summary>
    public IReadOnlyList<KeyValuePair<string, ReadOnlyMemory<float>>> Entries() =>
        [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => KeyValuePair.Create(e.Key, e.Value.Vector))];

    protected override string GetCacheKey(params ReadOnlySpan<object?> values)
    {
        var text = values.Length > 0 && values[0] is string s ? s : string.Empty;
        var options = values.Length > 1 ? values[1] as EmbeddingGenerationOptions : null;
        return KeyOf(text, options?.Dimensions);
    }

    protected override Task<Embedding<float>?> ReadCacheAsync(string key, CancellationToken cancellationToken)
    {
        if (entries.TryGetValue(key, out var embedding))
        {
            Interlocked.Increment(ref hits);
            return Task.FromResult<Embedding<float>?>(embedding);
        }

        Interlocked.Increment(ref misses);
        return Task.FromResult<Embedding<float>?>(null);
    }

    protected override Task WriteCacheAsync(string key, Embedding<float> value, CancellationToken cancellationToken)
    {
        entries[key] = value;
        return Task.CompletedTask;
    }

    // A requested size other than the model's is another vector for the same text.
    private string KeyOf(string text, int? dimensions)
    {
        var input = dimensions is { } d ? $"{keyPrefix}{d}\n{text}" : keyPrefix + text;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
    }
}
