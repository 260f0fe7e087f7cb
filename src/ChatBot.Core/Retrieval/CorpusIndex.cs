using System.Diagnostics;
using ChatBot.Core.Corpus;
using ChatBot.Core.Embeddings;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Reads and chunks the corpus, takes the passage embeddings from the snapshot when it matches (else embeds in batches and
/// saves a new snapshot), and fills the passage collection. Runs once per process; concurrent callers share the result.
/// </summary>
public sealed class CorpusIndex(
    ICorpusSource source,
    IEmbeddingGenerator<string, Embedding<float>> embeddingGenerator,
    EmbeddingModel model,
    VectorStoreCollection<string, PassageRecord> collection,
    IndexSnapshotStore snapshots,
    IOptions<EmbeddingOptions> embeddingOptions,
    ILogger<CorpusIndex> logger) : ICorpusIndex
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile IndexedCorpus? loaded;

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

            loaded = await LoadAsync(progress, rebuild, cancellationToken).ConfigureAwait(false);
            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IndexedCorpus> LoadAsync(IProgress<IndexProgress>? progress, bool rebuild, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var content = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
        var readTime = total.Elapsed;
        foreach (var problem in content.Load.Problems)
        {
            logger.LogWarning("Corpus problem in {File}: {Message}", problem.File, problem.Message);
        }

        var passages = content.Passages;
        var key = new SnapshotKey(content.Load.ContentHash, model.Id, passages.Select(p => p.Id).ToList());

        var snapshotWatch = Stopwatch.StartNew();
        var vectors = rebuild ? null : await snapshots.TryLoadAsync(key, cancellationToken).ConfigureAwait(false);
        if (vectors is not null && model.Dimensions > 0 && vectors.Length > 0 && vectors[0].Length != model.Dimensions)
        {
            logger.LogWarning("The index snapshot has {Actual}-dimensional vectors but the model gives {Expected}; rebuilding.", vectors[0].Length, model.Dimensions);
            vectors = null;
        }

        var fromSnapshot = vectors is not null;
        var snapshotTime = snapshotWatch.Elapsed;
        var embedTime = TimeSpan.Zero;
        IReadOnlyList<ReadOnlyMemory<float>> embeddings;
        if (vectors is not null)
        {
            embeddings = vectors.Select(v => new ReadOnlyMemory<float>(v)).ToList();
        }
        else
        {
            var embedWatch = Stopwatch.StartNew();
            embeddings = await EmbedAsync(passages.Select(PassageEmbeddingText.For).ToList(), progress, cancellationToken).ConfigureAwait(false);
            embedTime = embedWatch.Elapsed;
            snapshotWatch.Restart();
            try
            {
                await snapshots.SaveAsync(key, embeddings, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The index still works from memory; only the next start pays for embedding again.
                logger.LogWarning("Could not save the index snapshot to {Folder}: {Reason}", snapshots.Folder, ex.Message);
            }

            snapshotTime += snapshotWatch.Elapsed;
        }

        await collection.EnsureCollectionDeletedAsync(cancellationToken).ConfigureAwait(false);
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
            Vector = embeddings[i],
        }), cancellationToken).ConfigureAwait(false);

        var sections = content.Load.Documents.SelectMany(d => d.Sections).ToList();
        var stats = new IndexStats(
            Sections: sections.Count(s => s.Kind != SectionKind.Glossary),
            Passages: passages.Count,
            GlossaryEntries: sections.Count(s => s.Kind == SectionKind.Glossary),
            FromSnapshot: fromSnapshot,
            ModelId: model.Id,
            ContentHash: content.Load.ContentHash,
            ReadTime: readTime,
            EmbedTime: embedTime,
            SnapshotTime: snapshotTime,
            TotalTime: total.Elapsed);
        logger.LogInformation(
            "Index ready: {Sections} sections, {Glossary} glossary entries, {Passages} passages ({Source}) in {Elapsed} ms.",
            stats.Sections, stats.GlossaryEntries, stats.Passages, fromSnapshot ? "from snapshot" : "built", (int)stats.TotalTime.TotalMilliseconds);
        return new IndexedCorpus(sections, passages, content.Load.Problems, stats);
    }

    private async Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedAsync(IReadOnlyList<string> texts, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, embeddingOptions.Value.BatchSize);
        var result = new List<ReadOnlyMemory<float>>(texts.Count);
        progress?.Report(new IndexProgress(0, texts.Count));
        for (var start = 0; start < texts.Count; start += batchSize)
        {
            var batch = texts.Skip(start).Take(batchSize).ToList();
            var embeddings = await embeddingGenerator.GenerateAsync(batch, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (embeddings.Count != batch.Count)
            {
                throw new InvalidOperationException($"The embedding service returned {embeddings.Count} vectors for {batch.Count} texts.");
            }

            result.AddRange(embeddings.Select(e => e.Vector));
            progress?.Report(new IndexProgress(result.Count, texts.Count));
        }

        return result;
    }
}
