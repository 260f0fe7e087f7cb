using ChatBot.Core.Embeddings;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.AI;

namespace ChatBot.Core.Tests.Embeddings;

[Collection(MiniLmCollection.Name)]
public sealed class MiniLmEmbeddingGeneratorTests(MiniLmFixture fixture)
{
    private readonly MiniLmEmbeddingGenerator generator = fixture.Generator;

    [Fact]
    public async Task Generate_Returns384DimensionalUnitVectors()
    {
        var embeddings = await generator.GenerateAsync(["Trotsky founded the Red Army.", "Hello"]);

        Assert.Equal(2, embeddings.Count);
        Assert.All(embeddings, e =>
        {
            Assert.Equal(384, e.Vector.Length);
            var norm = Math.Sqrt(e.Vector.ToArray().Sum(x => (double)x * x));
            Assert.Equal(1.0, norm, 3);
        });
    }

    [Fact]
    public async Task Generate_SimilarSentencesAreCloserThanUnrelatedOnes()
    {
        var e = await generator.GenerateAsync(
        [
            "Where is Trotsky buried?",
            "Trotsky's ashes lie in the garden of his house in Coyoacán, where he was buried.",
            "The Red Army grew to five million soldiers.",
        ]);

        var related = VectorSimilarity.Cosine(e[0].Vector.Span, e[1].Vector.Span);
        var unrelated = VectorSimilarity.Cosine(e[0].Vector.Span, e[2].Vector.Span);
        Assert.True(related > unrelated + 0.1, $"related {related:F3} vs unrelated {unrelated:F3}");
    }

    [Fact]
    public async Task Generate_BatchesGiveTheSameVectorsAsSingleCalls()
    {
        string[] texts = ["one short text", "a second, somewhat longer text about the civil war", "three", "four", "five"];

        var batched = await generator.GenerateAsync(texts);
        var single = await generator.GenerateVectorAsync(texts[1]);

        Assert.Equal(5, batched.Count);
        Assert.True(VectorSimilarity.Cosine(batched[1].Vector.Span, single.Span) > 0.999);
    }

    [Fact]
    public async Task Generate_VeryLongInput_IsTruncatedNotRejected()
    {
        var longText = string.Join(' ', Enumerable.Repeat("revolution", 2000));

        var embedding = await generator.GenerateVectorAsync(longText);

        Assert.Equal(384, embedding.Length);
    }

    [Fact]
    public async Task Generate_FromManyThreads_IsSafe()
    {
        var tasks = Enumerable.Range(0, 6).Select(i => Task.Run(() => generator.GenerateVectorAsync($"question number {i}")));

        var vectors = await Task.WhenAll(tasks);

        Assert.All(vectors, v => Assert.Equal(384, v.Length));
    }

    [Fact]
    public async Task Generate_ConcurrentQuestions_GetTheVectorsTheyGetAlone()
    {
        // Concurrent single questions are encoded together in one run; each must still get its own vector.
        var questions = Enumerable.Range(0, 24)
            .Select(i => i % 2 == 0 ? $"who led the red army in {1900 + i}" : $"where did trotsky live after the {i}th congress of the party in exile")
            .ToArray();
        var alone = new List<ReadOnlyMemory<float>>();
        foreach (var question in questions)
        {
            alone.Add(await generator.GenerateVectorAsync(question));
        }

        var together = await Task.WhenAll(questions.Select(q => Task.Run(() => generator.GenerateVectorAsync(q))));

        for (var i = 0; i < questions.Length; i++)
        {
            Assert.True(VectorSimilarity.Cosine(alone[i].Span, together[i].Span) > 0.9999, $"question {i} got another vector");
        }
    }

    [Fact]
    public void Metadata_NamesTheModel()
    {
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.Equal(MiniLmEmbeddingGenerator.ModelId, metadata?.DefaultModelId);
        Assert.Equal(384, metadata?.DefaultModelDimensions);
    }
}
