using ChatBot.Core.Embeddings;
using ChatBot.Core.Tests.Retrieval;
using Microsoft.Extensions.AI;

namespace ChatBot.Core.Tests.Embeddings;

public sealed class EmbeddingCacheTests
{
    private static readonly EmbeddingModel Model = new("test/hashing", 64);

    [Fact]
    public async Task GenerateAsync_MixedBatch_SendsOnlyUncachedTextsAndKeepsTheOrder()
    {
        var inner = new HashingEmbeddingGenerator();
        var cache = new EmbeddingCache(inner, Model);
        await cache.GenerateAsync(["Trotsky founded the Red Army.", "He lived in Mexico."]);

        var result = await cache.GenerateAsync(["He lived in Mexico.", "He was born in Yanovka.", "Trotsky founded the Red Army."]);

        Assert.Equal(3, inner.Texts);
        Assert.Equal(inner.Embed("He lived in Mexico."), result[0].Vector.ToArray());
        Assert.Equal(inner.Embed("He was born in Yanovka."), result[1].Vector.ToArray());
        Assert.Equal(inner.Embed("Trotsky founded the Red Army."), result[2].Vector.ToArray());
        Assert.Equal(3, cache.Count);
        Assert.Equal(2, cache.Hits);
        Assert.Equal(3, cache.Misses);
    }

    [Fact]
    public void KeyOf_DependsOnTheTextAndTheModel()
    {
        var cache = new EmbeddingCache(new HashingEmbeddingGenerator(), Model);
        var other = new EmbeddingCache(new HashingEmbeddingGenerator(), Model with { Id = "test/other" });

        Assert.Equal(cache.KeyOf("a text"), cache.KeyOf("a text"));
        Assert.NotEqual(cache.KeyOf("a text"), cache.KeyOf("a text."));
        Assert.NotEqual(cache.KeyOf("a text"), other.KeyOf("a text"));
        Assert.Matches("^[0-9a-f]{64}$", cache.KeyOf("a text"));
    }

    [Fact]
    public async Task Add_SeedsAnEntryThatIsNotEmbeddedAgain()
    {
        var inner = new HashingEmbeddingGenerator();
        var cache = new EmbeddingCache(inner, Model);
        float[] saved = [1, 0, 0];
        cache.Add(cache.KeyOf("seeded"), saved);

        var result = await cache.GenerateAsync("seeded");

        Assert.Equal(0, inner.Calls);
        Assert.Equal(saved, result.Vector.ToArray());
    }

    [Fact]
    public async Task RetainOnly_DropsEntriesOfTextsThatAreGone()
    {
        var cache = new EmbeddingCache(new HashingEmbeddingGenerator(), Model);
        await cache.GenerateAsync(["kept", "gone"]);

        var dropped = cache.RetainOnly(new HashSet<string> { cache.KeyOf("kept") });

        Assert.Equal(1, dropped);
        Assert.True(cache.TryGet(cache.KeyOf("kept"), out _));
        Assert.False(cache.TryGet(cache.KeyOf("gone"), out _));
    }

    [Fact]
    public async Task AFailedCall_CachesNothing()
    {
        var inner = new HashingEmbeddingGenerator { Failure = new HttpRequestException("down") };
        var cache = new EmbeddingCache(inner, Model);

        await Assert.ThrowsAsync<HttpRequestException>(() => cache.GenerateAsync(["a", "b"]));

        Assert.Equal(0, cache.Count);
    }
}
