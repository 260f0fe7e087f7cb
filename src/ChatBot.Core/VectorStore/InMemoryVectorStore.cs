using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ChatBot.Core.VectorStore;

/// <summary>A <see cref="Microsoft.Extensions.VectorData.VectorStore"/> whose collections are <see cref="InMemoryVectorStoreCollection{TRecord}"/> with string keys.</summary>
public sealed class InMemoryVectorStore(IEmbeddingGenerator? embeddingGenerator = null) : Microsoft.Extensions.VectorData.VectorStore
{
    private readonly ConcurrentDictionary<string, object> collections = new(StringComparer.Ordinal);
    private readonly VectorStoreMetadata metadata = new() { VectorStoreSystemName = "chatbot.inmemory" };

    /// <inheritdoc />
    public override VectorStoreCollection<TKey, TRecord> GetCollection<TKey, TRecord>(string name, VectorStoreCollectionDefinition? definition = null)
    {
        if (typeof(TKey) != typeof(string))
        {
            throw new NotSupportedException("The in-memory store supports string keys only.");
        }

        var collection = collections.GetOrAdd(name, _ => new InMemoryVectorStoreCollection<TRecord>(name, definition, embeddingGenerator));
        return collection as VectorStoreCollection<TKey, TRecord>
            ?? throw new InvalidOperationException($"Collection '{name}' already exists with another record type.");
    }

    /// <inheritdoc />
    public override VectorStoreCollection<object, Dictionary<string, object?>> GetDynamicCollection(string name, VectorStoreCollectionDefinition definition)
        => throw new NotSupportedException("Dynamic (dictionary) collections are not supported by the in-memory store.");

    /// <inheritdoc />
    public override async IAsyncEnumerable<string> ListCollectionNamesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var name in collections.Keys.Order(StringComparer.Ordinal))
        {
            yield return name;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override Task<bool> CollectionExistsAsync(string name, CancellationToken cancellationToken = default)
        => Task.FromResult(collections.ContainsKey(name));

    /// <inheritdoc />
    public override Task EnsureCollectionDeletedAsync(string name, CancellationToken cancellationToken = default)
    {
        collections.TryRemove(name, out _);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(VectorStoreMetadata))
        {
            return metadata;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }
}
