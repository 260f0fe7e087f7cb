using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ChatBot.Core.VectorStore;

/// <summary>
/// A process-local <see cref="VectorStoreCollection{TKey,TRecord}"/> with exact cosine search, compiled LINQ filters and
/// BM25 keyword search fused with vector search for <see cref="IKeywordHybridSearchable{TRecord}.HybridSearchAsync{TInput}"/>.
/// </summary>
public sealed class InMemoryVectorStoreCollection<TRecord> : VectorStoreCollection<string, TRecord>, IKeywordHybridSearchable<TRecord>
    where TRecord : class
{
    private readonly ConcurrentDictionary<string, TRecord> records = new(StringComparer.Ordinal);
    private readonly RecordShape<TRecord> shape;
    private readonly IEmbeddingGenerator? embeddingGenerator;
    private readonly VectorStoreCollectionMetadata metadata;
    private readonly Lock keywordLock = new();
    private (long Version, string? Property, TRecord[] Records, Bm25Index Index)? keywordIndex;
    private long version;
    private volatile bool exists;

    /// <param name="name">Collection name.</param>
    /// <param name="definition">Record schema; when null, the record type's VectorStore* attributes are used.</param>
    /// <param name="embeddingGenerator">Used to embed search values that are not vectors (e.g. strings); optional.</param>
    public InMemoryVectorStoreCollection(string name, VectorStoreCollectionDefinition? definition = null, IEmbeddingGenerator? embeddingGenerator = null)
    {
        Name = name;
        shape = new RecordShape<TRecord>(definition);
        this.embeddingGenerator = embeddingGenerator ?? definition?.EmbeddingGenerator;
        metadata = new VectorStoreCollectionMetadata { VectorStoreSystemName = "chatbot.inmemory", CollectionName = name };
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <summary>Number of records held.</summary>
    public int Count => records.Count;

    /// <inheritdoc />
    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) => Task.FromResult(exists);

    /// <inheritdoc />
    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default)
    {
        exists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
    {
        exists = false;
        records.Clear();
        Interlocked.Increment(ref version);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task<TRecord?> GetAsync(string key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default)
        => Task.FromResult(records.TryGetValue(key, out var record) ? record : null);

    /// <inheritdoc />
    public override async IAsyncEnumerable<TRecord> GetAsync(
        Expression<Func<TRecord, bool>> filter,
        int top,
        FilteredRecordRetrievalOptions<TRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var predicate = filter.Compile();
        IEnumerable<TRecord> matches = records.Values.Where(predicate);
        if (options?.OrderBy is { } orderBy)
        {
            matches = Order(matches, orderBy(new FilteredRecordRetrievalOptions<TRecord>.OrderByDefinition()));
        }
        else
        {
            matches = matches.OrderBy(shape.Key, StringComparer.Ordinal);
        }

        foreach (var record in matches.Skip(options?.Skip ?? 0).Take(top))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        if (records.TryRemove(key, out _))
        {
            Interlocked.Increment(ref version);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task UpsertAsync(TRecord record, CancellationToken cancellationToken = default)
        => UpsertAsync([record], cancellationToken);

    /// <inheritdoc />
    public override Task UpsertAsync(IEnumerable<TRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            var vector = shape.Vector(record);
            if (shape.Dimensions > 0 && vector.Length != shape.Dimensions)
            {
                throw new ArgumentException($"Record '{shape.Key(record)}' has a vector of {vector.Length} dimensions; the collection expects {shape.Dimensions}.", nameof(records));
            }

            this.records[shape.Key(record)] = record;
        }

        exists = true;
        Interlocked.Increment(ref version);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<VectorSearchResult<TRecord>> SearchAsync<TInput>(
        TInput searchValue,
        int top,
        VectorSearchOptions<TRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var query = await ToVectorAsync(searchValue, cancellationToken).ConfigureAwait(false);
        var results = RankByVector(query, options?.Filter);
        foreach (var (record, score) in results
                     .Where(r => options?.ScoreThreshold is not { } threshold || r.Score >= threshold)
                     .Skip(options?.Skip ?? 0)
                     .Take(top))
        {
            yield return new VectorSearchResult<TRecord>(record, score);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<VectorSearchResult<TRecord>> HybridSearchAsync<TInput>(
        TInput searchValue,
        ICollection<string> keywords,
        int top,
        HybridSearchOptions<TRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TInput : notnull
    {
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var query = await ToVectorAsync(searchValue, cancellationToken).ConfigureAwait(false);
        var byVector = RankByVector(query, options?.Filter).Select(r => r.Record).ToList();
        var byKeyword = RankByKeywords(keywords, PropertyName(options?.AdditionalProperty), options?.Filter);
        var fused = ReciprocalRankFusion.Fuse<TRecord>([(byVector, 1.0), (byKeyword, 1.0)]);
        foreach (var (record, score) in fused
                     .Where(r => options?.ScoreThreshold is not { } threshold || r.Score >= threshold)
                     .Skip(options?.Skip ?? 0)
                     .Take(top))
        {
            yield return new VectorSearchResult<TRecord>(record, score);
        }
    }

    /// <summary>Records matching any of <paramref name="keywords"/> by BM25 over the full-text-indexed properties, best first.</summary>
    public IReadOnlyList<(TRecord Record, double Score)> KeywordSearch(IEnumerable<string> keywords, int top, Expression<Func<TRecord, bool>>? filter = null)
    {
        var (records, index) = KeywordIndex(null);
        var predicate = filter?.Compile();
        return index.Search(string.Join(' ', keywords), top, predicate is null ? null : doc => predicate(records[doc]))
            .Select(hit => (records[hit.Doc], hit.Score))
            .ToList();
    }

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(VectorStoreCollectionMetadata))
        {
            return metadata;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    private List<TRecord> RankByKeywords(ICollection<string> keywords, string? property, Expression<Func<TRecord, bool>>? filter)
    {
        var (snapshot, index) = KeywordIndex(property);
        var predicate = filter?.Compile();
        return index.Search(string.Join(' ', keywords), int.MaxValue, predicate is null ? null : doc => predicate(snapshot[doc]))
            .Select(hit => snapshot[hit.Doc])
            .ToList();
    }

    private (TRecord[] Records, Bm25Index Index) KeywordIndex(string? property)
    {
        lock (keywordLock)
        {
            var current = Interlocked.Read(ref version);
            if (keywordIndex is { } cached && cached.Version == current && cached.Property == property)
            {
                return (cached.Records, cached.Index);
            }

            var snapshot = records.Values.OrderBy(shape.Key, StringComparer.Ordinal).ToArray();
            var index = new Bm25Index(snapshot.Select(r => shape.FullText(r, property)).ToList());
            keywordIndex = (current, property, snapshot, index);
            return (snapshot, index);
        }
    }

    private List<(TRecord Record, double Score)> RankByVector(ReadOnlyMemory<float> query, Expression<Func<TRecord, bool>>? filter)
    {
        var predicate = filter?.Compile();
        var results = new List<(TRecord Record, double Score)>(records.Count);
        foreach (var record in records.Values)
        {
            if (predicate is not null && !predicate(record))
            {
                continue;
            }

            var vector = shape.Vector(record);
            if (vector.Length != query.Length)
            {
                continue;
            }

            results.Add((record, VectorSimilarity.Cosine(query.Span, vector.Span)));
        }

        results.Sort((x, y) =>
        {
            var byScore = y.Score.CompareTo(x.Score);
            return byScore != 0 ? byScore : StringComparer.Ordinal.Compare(shape.Key(x.Record), shape.Key(y.Record));
        });
        return results;
    }

    private async Task<ReadOnlyMemory<float>> ToVectorAsync<TInput>(TInput searchValue, CancellationToken cancellationToken)
    {
        switch (searchValue)
        {
            case ReadOnlyMemory<float> memory:
                return memory;
            case float[] array:
                return array;
            case Embedding<float> embedding:
                return embedding.Vector;
        }

        if (embeddingGenerator is IEmbeddingGenerator<TInput, Embedding<float>> generator)
        {
            var embedding = await generator.GenerateAsync(searchValue, cancellationToken: cancellationToken).ConfigureAwait(false);
            return embedding.Vector;
        }

        throw new NotSupportedException(
            $"Search values of type {typeof(TInput).Name} need an embedding generator; pass a vector (ReadOnlyMemory<float>, float[] or Embedding<float>) or configure one.");
    }

    private static string? PropertyName(Expression<Func<TRecord, object?>>? selector) => selector?.Body switch
    {
        MemberExpression member => member.Member.Name,
        UnaryExpression { Operand: MemberExpression member } => member.Member.Name,
        null => null,
        _ => throw new NotSupportedException("AdditionalProperty must select a property, e.g. r => r.Text."),
    };

    private static IEnumerable<TRecord> Order(IEnumerable<TRecord> records, FilteredRecordRetrievalOptions<TRecord>.OrderByDefinition orderBy)
    {
        IOrderedEnumerable<TRecord>? ordered = null;
        foreach (var sort in orderBy.Values)
        {
            var key = sort.PropertySelector.Compile();
            ordered = (ordered, sort.Ascending) switch
            {
                (null, true) => records.OrderBy(key),
                (null, false) => records.OrderByDescending(key),
                (_, true) => ordered.ThenBy(key),
                (_, false) => ordered.ThenByDescending(key),
            };
        }

        return ordered ?? records;
    }
}
