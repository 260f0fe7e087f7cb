using ChatBot.Core.Tests.Retrieval;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ChatBot.Core.Tests.VectorStore;

public sealed class InMemoryVectorStoreCollectionTests
{
    private static readonly HashingEmbeddingGenerator Embedder = new(dimensions: 32);

    private static PassageRecord Record(string key, string kind, string text, params string[] path) => new()
    {
        Key = key,
        SectionId = key,
        SectionPath = path.Length == 0 ? ["Article"] : path,
        Kind = kind,
        Text = text,
        SourceFile = "test.txt",
        Vector = Embedder.Embed(text),
    };

    private static async Task<InMemoryVectorStoreCollection<PassageRecord>> FilledAsync()
    {
        var collection = new InMemoryVectorStoreCollection<PassageRecord>("passages", PassageRecordDefinition.Create(32), Embedder);
        await collection.UpsertAsync(
        [
            Record("army", "Article", "Trotsky founded the Red Army during the civil war."),
            Record("exile", "Article", "Trotsky was exiled to Alma-Ata and later to Turkey."),
            Record("mexico", "Article", "In Mexico Trotsky lived in Coyoacán until he was murdered."),
            Record("gloss-army", "Glossary", "The Red Army was the army of the Soviet Union.", "Glossary", "Red Army"),
        ]);
        return collection;
    }

    [Fact]
    public async Task UpsertThenGet_ReturnsTheRecord_AndUpsertReplacesByKey()
    {
        var collection = await FilledAsync();

        await collection.UpsertAsync(Record("exile", "Article", "Trotsky was deported to Turkey in 1929."));

        var record = await collection.GetAsync("exile");
        Assert.NotNull(record);
        Assert.Equal("Trotsky was deported to Turkey in 1929.", record.Text);
        Assert.Equal(4, collection.Count);
        Assert.True(await collection.CollectionExistsAsync());
    }

    [Fact]
    public async Task Get_ManyKeys_SkipsMissingOnes()
    {
        var collection = await FilledAsync();

        var records = await collection.GetAsync(["army", "nope", "mexico"]).ToListAsync();

        Assert.Equal(["army", "mexico"], records.Select(r => r.Key));
    }

    [Fact]
    public async Task Delete_RemovesTheRecord()
    {
        var collection = await FilledAsync();

        await collection.DeleteAsync("army");

        Assert.Null(await collection.GetAsync("army"));
        Assert.Equal(3, collection.Count);
    }

    [Fact]
    public async Task EnsureCollectionDeleted_EmptiesIt()
    {
        var collection = await FilledAsync();

        await collection.EnsureCollectionDeletedAsync();

        Assert.False(await collection.CollectionExistsAsync());
        Assert.Equal(0, collection.Count);
    }

    [Fact]
    public async Task Search_RanksByCosineSimilarity()
    {
        var collection = await FilledAsync();
        var query = Embedder.Embed("exiled to Turkey");

        var results = await collection.SearchAsync(new ReadOnlyMemory<float>(query), top: 2).ToListAsync();

        Assert.Equal(2, results.Count);
        Assert.Equal("exile", results[0].Record.Key);
        Assert.True(results[0].Score >= results[1].Score);
        Assert.InRange(results[0].Score!.Value, 0.0, 1.0000001);
    }

    [Fact]
    public async Task Search_WithAStringAndAnEmbeddingGenerator_EmbedsTheQuery()
    {
        var collection = await FilledAsync();

        var results = await collection.SearchAsync("murdered in Coyoacán, Mexico", top: 1).ToListAsync();

        Assert.Equal("mexico", results.Single().Record.Key);
    }

    [Fact]
    public async Task Search_FilterIsApplied()
    {
        var collection = await FilledAsync();
        var query = Embedder.Embed("Red Army");

        var results = await collection.SearchAsync(query, top: 10, new VectorSearchOptions<PassageRecord> { Filter = r => r.Kind == "Glossary" }).ToListAsync();

        Assert.Equal(["gloss-army"], results.Select(r => r.Record.Key));
    }

    [Fact]
    public async Task GetWithFilter_ReturnsMatchingRecordsUpToTop()
    {
        var collection = await FilledAsync();

        var articles = await collection.GetAsync(r => r.Kind == "Article" && r.Text.Contains("Trotsky"), top: 2).ToListAsync();

        Assert.Equal(2, articles.Count);
        Assert.All(articles, r => Assert.Equal("Article", r.Kind));
    }

    [Fact]
    public async Task HybridSearch_FusesKeywordAndVectorRankings()
    {
        var collection = await FilledAsync();
        IKeywordHybridSearchable<PassageRecord> hybrid = collection;

        var results = await hybrid.HybridSearchAsync(Embedder.Embed("where did he live in Mexico"), ["Coyoacán"], top: 3).ToListAsync();

        Assert.Equal("mexico", results[0].Record.Key);
        Assert.True(results[0].Score > results[1].Score);
    }

    [Fact]
    public async Task HybridSearch_HonoursTheFilter()
    {
        var collection = await FilledAsync();

        var results = await collection.HybridSearchAsync(Embedder.Embed("Red Army"), ["army"], top: 5,
            new HybridSearchOptions<PassageRecord> { Filter = r => r.Kind == "Article" }).ToListAsync();

        Assert.DoesNotContain(results, r => r.Record.Kind == "Glossary");
        Assert.Equal("army", results[0].Record.Key);
    }

    [Fact]
    public async Task Upsert_WrongDimension_IsRejected()
    {
        var collection = await FilledAsync();
        var bad = Record("bad", "Article", "x");
        bad.Vector = new float[5];

        await Assert.ThrowsAsync<ArgumentException>(() => collection.UpsertAsync(bad));
    }

    [Fact]
    public void GetService_ReturnsMetadata()
    {
        using var collection = new InMemoryVectorStoreCollection<PassageRecord>("passages", PassageRecordDefinition.Create(32));

        var metadata = collection.GetService(typeof(VectorStoreCollectionMetadata)) as VectorStoreCollectionMetadata;

        Assert.Equal("passages", metadata?.CollectionName);
    }

    [Fact]
    public async Task Store_GetCollection_ReturnsTheSameCollectionByName()
    {
        using var store = new InMemoryVectorStore();
        var first = store.GetCollection<string, PassageRecord>("passages", PassageRecordDefinition.Create(32));
        var second = store.GetCollection<string, PassageRecord>("passages", PassageRecordDefinition.Create(32));

        Assert.Same(first, second);
        Assert.Equal(["passages"], await store.ListCollectionNamesAsync().ToListAsync());
    }
}
