using ChatBot.Core.Embeddings;
using ChatBot.Core.Retrieval;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Tests.Retrieval;

public sealed class CorpusIndexReloadTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chatbot-reload-tests", Guid.NewGuid().ToString("N"));
    private readonly HashingEmbeddingGenerator generator = new();
    private readonly FakeCorpusSource source = new FakeCorpusSource()
        .Article("Overview", "Trotsky was a Russian revolutionary.", "He founded the Red Army.")
        .Article("Exile", "Trotsky was deported to Turkey and later lived in Mexico.");

    private readonly CorpusIndex index;

    public CorpusIndexReloadTests()
    {
        index = NewIndex(generator);
    }

    private CorpusIndex NewIndex(HashingEmbeddingGenerator embedder) => new(
        source,
        new EmbeddingCache(embedder, new EmbeddingModel("test/hashing", 64)),
        new InMemoryVectorStore(),
        new IndexSnapshotStore(Options.Create(new IndexOptions { Folder = folder }), NullLogger<IndexSnapshotStore>.Instance),
        Options.Create(new EmbeddingOptions()),
        NullLogger<CorpusIndex>.Instance);

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ReloadAsync_AfterAnEdit_EmbedsOnlyTheNewText_AndSwapsInANewVersion()
    {
        var first = await index.GetAsync();
        var textsBefore = generator.Texts;
        source.Remove("Exile").Article("Exile", "Trotsky was deported to Turkey, then to France and Norway, and lived in Mexico.");

        var second = await index.ReloadAsync();

        Assert.Equal(2, generator.Texts - textsBefore); // the edited passage and its sentence
        Assert.Equal(1, first.Stats.Version);
        Assert.Equal(2, second.Stats.Version);
        Assert.True(second.Stats.BuiltAt >= first.Stats.BuiltAt);
        Assert.Same(second, index.Current);
        Assert.Same(second, await index.GetAsync());
        Assert.Contains(second.Passages, p => p.Text.Contains("Norway"));
        Assert.DoesNotContain(second.Passages, p => p.Text == "Trotsky was deported to Turkey and later lived in Mexico.");
    }

    [Fact]
    public async Task ReloadAsync_LeavesThePreviousVersionWhole_ForQuestionsStillUsingIt()
    {
        var first = await index.GetAsync();
        source.Remove("Exile");

        var second = await index.ReloadAsync();

        Assert.Equal(3, first.Passages.Count);
        Assert.Equal(3, ((InMemoryVectorStoreCollection<PassageRecord>)first.Collection!).Count);
        Assert.Equal(2, ((InMemoryVectorStoreCollection<PassageRecord>)second.Collection!).Count);
        Assert.NotSame(first.Collection, second.Collection);
    }

    [Fact]
    public async Task ReloadAsync_WithAnUnchangedCorpus_KeepsTheVersionAndEmbedsNothing()
    {
        var first = await index.GetAsync();
        var textsBefore = generator.Texts;

        var again = await index.ReloadAsync();

        Assert.Same(first, again);
        Assert.Equal(textsBefore, generator.Texts);
    }

    [Fact]
    public async Task ReloadAsync_WhenEmbeddingFails_KeepsServingThePreviousVersion_AndReportsIt()
    {
        var first = await index.GetAsync();
        source.Article("Epilogue", "His house in Coyoacán is a museum.");
        generator.Failure = new HttpRequestException("The embedding service is down.");

        await Assert.ThrowsAsync<HttpRequestException>(() => index.ReloadAsync());

        Assert.Same(first, index.Current);
        Assert.Contains("embedding service is down", index.LastFailure!.Message);

        generator.Failure = null;
        var recovered = await index.ReloadAsync();
        Assert.Equal(2, recovered.Stats.Version);
        Assert.Null(index.LastFailure);
    }

    [Fact]
    public async Task ASecondProcess_ReusesTheVectorsOfUnchangedText_FromTheSnapshot()
    {
        await index.GetAsync();
        source.Article("Epilogue", "His house in Coyoacán is a museum.");
        await index.ReloadAsync();
        var restarted = new HashingEmbeddingGenerator();
        var next = NewIndex(restarted);

        var corpus = await next.GetAsync();

        Assert.Equal(0, restarted.Texts);
        Assert.True(corpus.Stats.FromSnapshot);
        Assert.Equal(4, corpus.Passages.Count);
    }
}
