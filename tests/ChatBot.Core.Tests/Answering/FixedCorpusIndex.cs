using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.AI;

namespace ChatBot.Core.Tests.Answering;

/// <summary>An index of a few given passages, with sentence vectors from a test embedder.</summary>
internal sealed class FixedCorpusIndex(IndexedCorpus corpus) : ICorpusIndex
{
    public static FixedCorpusIndex Of(IReadOnlyList<Passage> passages, IEmbeddingGenerator<string, Embedding<float>> embeddings)
    {
        var sentences = PassageSentences.Of(passages);
        var vectors = sentences.Count == 0 ? [] : embeddings.GenerateAsync(sentences).GetAwaiter().GetResult().Select(e => e.Vector).ToList();
        var stats = new IndexStats(0, passages.Count, 0, false, "test", "test", TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        return new FixedCorpusIndex(new IndexedCorpus([], passages, [], stats) { SentenceVectors = vectors });
    }

    public Task<IndexedCorpus> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(corpus);

    public Task<IndexedCorpus> GetAsync(IProgress<IndexProgress>? progress, bool rebuild, CancellationToken cancellationToken = default) => Task.FromResult(corpus);
}
