using ChatBot.Core.Embeddings;
using ChatBot.Core.Retrieval;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Tests.Retrieval;

public sealed class CorpusIndexTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chatbot-index-tests", Guid.NewGuid().ToString("N"));
    private readonly ListLogger<IndexSnapshotStore> snapshotLog = new();

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static FakeCorpusSource Corpus() => new FakeCorpusSource()
        .Article("Overview", "Trotsky was a Russian revolutionary.", "He founded the Red Army.")
        .Article("Encyclopedia › Exile (1929–1940)", "Trotsky was deported to Turkey and later lived in Mexico.")
        .Glossary("Red Army", "The Red Army was the army of Soviet Russia.");

    private (CorpusIndex Index, InMemoryVectorStore Store) NewIndex(
        ICorpusSource source, HashingEmbeddingGenerator generator, string modelId = "test/hashing", int batchSize = 2)
    {
        var vectors = new InMemoryVectorStore();
        var snapshots = new IndexSnapshotStore(Options.Create(new IndexOptions { Folder = folder }), snapshotLog);
        var index = new CorpusIndex(source, new EmbeddingCache(generator, new EmbeddingModel(modelId, 64)), vectors, snapshots,
            Options.Create(new EmbeddingOptions { BatchSize = batchSize }), NullLogger<CorpusIndex>.Instance);
        return (index, vectors);
    }

    [Fact]
    public async Task FirstLoad_EmbedsInBatches_FillsTheCollection_AndReportsCounts()
    {
        var generator = new HashingEmbeddingGenerator();
        var (index, _) = NewIndex(Corpus(), generator);
        var progress = new List<IndexProgress>();

        var corpus = await index.GetAsync(new SynchronousProgress<IndexProgress>(progress.Add), rebuild: false);
        var collection = (InMemoryVectorStoreCollection<PassageRecord>)corpus.Collection!;

        Assert.False(corpus.Stats.FromSnapshot);
        Assert.Equal(4, corpus.Stats.Passages);
        Assert.Equal(2, corpus.Stats.Sections);
        Assert.Equal(1, corpus.Stats.GlossaryEntries);
        Assert.Equal(4, generator.Calls); // the four passages in batches of two, then their four sentences likewise
        Assert.Equal(4, collection.Count);
        Assert.Equal(new IndexProgress(4, 4), progress[^1]);
        Assert.True(File.Exists(Path.Combine(folder, "manifest.json")));
    }

    [Fact]
    public async Task GetAsync_CalledConcurrently_LoadsOnce()
    {
        var source = Corpus();
        var (index, _) = NewIndex(source, new HashingEmbeddingGenerator());

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => index.GetAsync())));

        Assert.Equal(1, source.Reads);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task Restart_WithUnchangedCorpus_LoadsTheSnapshotWithoutEmbedding()
    {
        await NewIndex(Corpus(), new HashingEmbeddingGenerator()).Index.GetAsync();
        var generator = new HashingEmbeddingGenerator();
        var (index, _) = NewIndex(Corpus(), generator);

        var corpus = await index.GetAsync();

        Assert.True(corpus.Stats.FromSnapshot);
        Assert.Equal(0, generator.Calls);
        var record = await corpus.Collection!.GetAsync(corpus.Passages[0].Id);
        Assert.Equal(generator.Embed(PassageEmbeddingText.For(corpus.Passages[0])), record!.Vector.ToArray());
    }

    [Fact]
    public async Task Restart_WithChangedCorpus_EmbedsOnlyTheNewText()
    {
        await NewIndex(Corpus(), new HashingEmbeddingGenerator()).Index.GetAsync();
        var generator = new HashingEmbeddingGenerator();
        var changed = Corpus().Article("Epilogue", "His house in Coyoacán is a museum.");

        var corpus = await NewIndex(changed, generator).Index.GetAsync();

        Assert.False(corpus.Stats.FromSnapshot);
        Assert.Equal(2, generator.Texts); // the new passage and its one sentence
        Assert.Equal(2, corpus.Stats.Embedded);
        Assert.Equal(5, corpus.Stats.Passages);
    }

    [Fact]
    public async Task Restart_WithAnotherEmbeddingModel_Rebuilds()
    {
        await NewIndex(Corpus(), new HashingEmbeddingGenerator()).Index.GetAsync();
        var generator = new HashingEmbeddingGenerator();

        var corpus = await NewIndex(Corpus(), generator, modelId: "test/other-model").Index.GetAsync();

        Assert.False(corpus.Stats.FromSnapshot);
        Assert.Equal(8, generator.Texts); // four passages and their sentences
        Assert.Contains(snapshotLog.Entries, e => e.Message.Contains("embedding model changed"));
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("flip")]
    [InlineData("manifest")]
    public async Task CorruptSnapshot_IsRebuiltWithAWarning(string damage)
    {
        await NewIndex(Corpus(), new HashingEmbeddingGenerator()).Index.GetAsync();
        var vectors = Path.Combine(folder, "vectors.f32");
        var manifest = Path.Combine(folder, "manifest.json");
        switch (damage)
        {
            case "truncate":
                var bytes = await File.ReadAllBytesAsync(vectors);
                await File.WriteAllBytesAsync(vectors, bytes[..(bytes.Length / 2)]);
                break;
            case "flip":
                var flipped = await File.ReadAllBytesAsync(vectors);
                flipped[10] ^= 0xFF;
                await File.WriteAllBytesAsync(vectors, flipped);
                break;
            default:
                await File.WriteAllTextAsync(manifest, "{ not json");
                break;
        }

        var generator = new HashingEmbeddingGenerator();
        var corpus = await NewIndex(Corpus(), generator).Index.GetAsync();

        Assert.False(corpus.Stats.FromSnapshot);
        Assert.Equal(8, generator.Texts); // four passages and their sentences
        Assert.Contains(snapshotLog.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("rebuilding", StringComparison.OrdinalIgnoreCase));

        // The rebuilt snapshot is whole again.
        var again = await NewIndex(Corpus(), new HashingEmbeddingGenerator()).Index.GetAsync();
        Assert.True(again.Stats.FromSnapshot);
    }

    [Fact]
    public async Task Rebuild_IgnoresAValidSnapshot()
    {
        await NewIndex(Corpus(), new HashingEmbeddingGenerator()).Index.GetAsync();
        var generator = new HashingEmbeddingGenerator();

        var corpus = await NewIndex(Corpus(), generator).Index.GetAsync(null, rebuild: true);

        Assert.False(corpus.Stats.FromSnapshot);
        Assert.Equal(8, generator.Texts); // four passages and their sentences
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
