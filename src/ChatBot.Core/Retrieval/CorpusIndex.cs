using ChatBot.Core.Indexing;
using System.Diagnostics;
using ChatBot.Core.Corpus;
using ChatBot.Core.Embeddings;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Reads and chunks the corpus, embeds the passages through the <see cref="EmbeddingCache"/> (seeded from the snapshot, so
/// only text that changed is embedded), fills a vector collection and serves the result. A reload builds the next version
/// into the other of two collections while the current one keeps answering, then swaps the reference: a question sees
/// either the old index or the new one, never a half-built one. Builds are serialised; concurrent first callers share one.
/// </summary>
public sealed class CorpusIndex(
    ICorpusSource source,
    EmbeddingCache embeddings,
    Microsoft.Extensions.VectorData.VectorStore store,
    IndexSnapshotStore snapshots,
    IOptions<EmbeddingOptions> embeddingOptions,
    ILogger<CorpusIndex> logger) : ICorpusIndex
{
    // Two collections, used in turn: the one being served is never written to.
    private static readonly string[] Slots = [PassageRecordDefinition.CollectionName + "-a", PassageRecordDefinition.CollectionName + "-b"];

    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile IndexedCorpus? loaded;
    private volatile IndexFailure? lastFailure;
    private bool cacheSeeded;
    private int version;

    /// <inheritdoc />
    public IndexedCorpus? Current => loaded;

    /// <inheritdoc />
    public IndexFailure? LastFailure => lastFailure;

    /// <inheritdoc />
    public Task<IndexedCorpus> GetAsync(CancellationToken cancellationToken = default) => GetAsync(null, rebuild: false, cancellationToken);

    /// <inheritdoc />
    public async Task<IndexedCorpus> GetAsync(IProgress<IndexProgress>? progress, bool rebuild, CancellationToken cancellationToken = default)
    {
        if (loaded is { } ready && !rebuild)
        {
            return ready;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (loaded is { } readyNow && !rebuild)
            {
                return readyNow;
            }

            var (content, readTime) = await ReadAsync(cancellationToken).ConfigureAwait(false);
            return Swap(await BuildAsync(content, readTime, progress, rebuild, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IndexedCorpus> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (content, readTime) = await ReadAsync(cancellationToken).ConfigureAwait(false);
            if (loaded is { } current && current.Stats.ContentHash == content.Load.ContentHash)
            {
                logger.LogInformation("The corpus is unchanged (hash {Hash}); index version {Version} stays.", content.Load.ContentHash[..12], current.Stats.Version);
                lastFailure = null;
                return current;
            }

            return Swap(await BuildAsync(content, readTime, null, rebuild: false, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            lastFailure = new IndexFailure(DateTimeOffset.UtcNow, ex.Message);
            logger.LogError(ex, "Rebuilding the index failed; version {Version} keeps serving.", loaded?.Stats.Version);
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(CorpusContent Content, TimeSpan ReadTime)> ReadAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var content = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (content, watch.Elapsed);
    }

    private IndexedCorpus Swap(IndexedCorpus next)
    {
        loaded = next;
        lastFailure = null;
        return next;
    }

    private async Task<IndexedCorpus> BuildAsync(CorpusContent content, TimeSpan readTime, IProgress<IndexProgress>? progress, bool rebuild, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        foreach (var problem in content.Load.Problems)
        {
            logger.LogWarning("Corpus problem in {File}: {Message}", problem.File, problem.Message);
        }

        var passages = content.Passages;
        var snapshotWatch = Stopwatch.StartNew();
        var seededFromSnapshot = await SeedCacheAsync(rebuild, cancellationToken).ConfigureAwait(false);
        var snapshotTime = snapshotWatch.Elapsed;

        var embedWatch = Stopwatch.StartNew();
        var texts = passages.Select(PassageEmbeddingText.For).ToList();
        var used = texts.Select(embeddings.KeyOf).ToHashSet(StringComparer.Ordinal);
        var missesBefore = embeddings.Misses;
        var vectors = await EmbedAsync(texts, progress, cancellationToken).ConfigureAwait(false);

        // Every sentence too, for the offline answerer's selector (its dense features); through the same cache, so they are
        // saved in the snapshot and re-embedded only when their text changes.
        var sentences = PassageSentences.Of(passages);
        used.UnionWith(sentences.Select(embeddings.KeyOf));
        var sentenceVectors = await EmbedAsync(sentences, null, cancellationToken).ConfigureAwait(false);
        var embedded = (int)(embeddings.Misses - missesBefore);
        var embedTime = embedded > 0 ? embedWatch.Elapsed : TimeSpan.Zero;

        // Entries of text that is gone are dropped, so the cache and the snapshot hold exactly this version's texts.
        var dropped = embeddings.RetainOnly(used);
        if (embedded > 0 || dropped > 0 || !seededFromSnapshot)
        {
            snapshotWatch.Restart();
            try
            {
                await snapshots.SaveAsync(embeddings.Model.Id, content.Load.ContentHash, embeddings.Entries(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The index still works from memory; only the next start pays for embedding again.
                logger.LogWarning("Could not save the index snapshot to {Folder}: {Reason}", snapshots.Folder, ex.Message);
            }

            snapshotTime += snapshotWatch.Elapsed;
        }

        var collection = await FillNextCollectionAsync(passages, vectors, cancellationToken).ConfigureAwait(false);
        var sections = content.Load.Documents.SelectMany(d => d.Sections).ToList();
        var stats = new IndexStats(
            Sections: sections.Count(s => s.Kind != SectionKind.Glossary),
            Passages: passages.Count,
            GlossaryEntries: sections.Count(s => s.Kind == SectionKind.Glossary),
            FromSnapshot: embedded == 0 && seededFromSnapshot,
            ModelId: embeddings.Model.Id,
            ContentHash: content.Load.ContentHash,
            ReadTime: readTime,
            EmbedTime: embedTime,
            SnapshotTime: snapshotTime,
            TotalTime: total.Elapsed + readTime)
        {
            Embedded = embedded,
            Version = Interlocked.Increment(ref version),
            BuiltAt = DateTimeOffset.UtcNow,
        };
        logger.LogInformation(
            "Index version {Version} ready: {Sections} sections, {Glossary} glossary entries, {Passages} passages ({Embedded} embedded, {Reused} reused) in {Elapsed} ms.",
            stats.Version, stats.Sections, stats.GlossaryEntries, stats.Passages, embedded, passages.Count - embedded, (int)stats.TotalTime.TotalMilliseconds);
        return new IndexedCorpus(sections, passages, content.Load.Problems, stats, collection) { SentenceVectors = sentenceVectors };
    }

    /// <summary>Loads the snapshot into the cache once per process; true when the cache holds a snapshot's entries.</summary>
    private async Task<bool> SeedCacheAsync(bool rebuild, CancellationToken cancellationToken)
    {
        if (rebuild)
        {
            embeddings.Clear();
            cacheSeeded = true;
            return false;
        }

        if (cacheSeeded)
        {
            return true;
        }

        var saved = await snapshots.TryLoadAsync(embeddings.Model, cancellationToken).ConfigureAwait(false);
        foreach (var (key, vector) in saved ?? [])
        {
            embeddings.Add(key, vector);
        }

        cacheSeeded = saved is not null;
        return cacheSeeded;
    }

    private async Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedAsync(IReadOnlyList<string> texts, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, embeddingOptions.Value.BatchSize);
        var result = new List<ReadOnlyMemory<float>>(texts.Count);
        progress?.Report(new IndexProgress(0, texts.Count));
        for (var start = 0; start < texts.Count; start += batchSize)
        {
            var batch = texts.Skip(start).Take(batchSize).ToList();
            var generated = await embeddings.GenerateAsync(batch, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (generated.Count != batch.Count)
            {
                throw new InvalidOperationException($"The embedding service returned {generated.Count} vectors for {batch.Count} texts.");
            }

            result.AddRange(generated.Select(e => e.Vector));
            progress?.Report(new IndexProgress(result.Count, texts.Count));
        }

        return result;
    }

    /// <summary>Empties the collection not being served, fills it with this version's passages and returns it.</summary>
    private async Task<VectorStoreCollection<string, PassageRecord>> FillNextCollectionAsync(
        IReadOnlyList<Indexing.Passage> passages, IReadOnlyList<ReadOnlyMemory<float>> vectors, CancellationToken cancellationToken)
    {
        var name = Slots[version % Slots.Length];
        var dimensions = embeddings.Model.Dimensions > 0 ? embeddings.Model.Dimensions : vectors.FirstOrDefault().Length;

        // Deleting through the store (not the collection object) leaves the instance that in-flight queries of the
        // version before last may still hold intact in the in-memory store; remote stores get a fresh collection.
        await store.EnsureCollectionDeletedAsync(name, cancellationToken).ConfigureAwait(false);
        var collection = store.GetCollection<string, PassageRecord>(name, PassageRecordDefinition.Create(dimensions));
        await collection.EnsureCollectionExistsAsync(cancellationToken).ConfigureAwait(false);
        await collection.UpsertAsync(passages.Select((p, i) => new PassageRecord
        {
            Key = p.Id,
            SectionId = p.SectionId,
            SectionPath = [.. p.SectionPath],
            Kind = p.Kind.ToString(),
            Text = p.Text,
            SourceFile = p.SourceFile,
            Start = p.Start,
            End = p.End,
            Vector = vectors[i],
        }), cancellationToken).ConfigureAwait(false);
        return collection;
    }
}
