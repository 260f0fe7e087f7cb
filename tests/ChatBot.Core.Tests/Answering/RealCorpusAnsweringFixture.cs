using ChatBot.Core.Answering;
using ChatBot.Core.Corpus;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Tests.Retrieval;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Tests.Answering;

/// <summary>
/// The offline answerer over the repository's corpus with the real hybrid retriever; the vector half uses the hashing
/// embedder (with no weight in fusion) so that the fixture builds in a second (the dev-set figures in docs/ANSWERING.md use MiniLM).
/// </summary>
public sealed class RealCorpusAnsweringFixture : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chatbot-answering-tests", Guid.NewGuid().ToString("N"));

    public RealCorpusAnsweringFixture()
    {
        var source = new LoadedCorpusSource(
            new CorpusLoader(NullLogger<CorpusLoader>.Instance),
            new PassageChunker(Options.Create(new ChunkingOptions { TargetChars = 700, MaxChars = 1000, MinChars = 200 })),
            Options.Create(new CorpusOptions()));
        var generator = new HashingEmbeddingGenerator(256);
        var store = new IndexSnapshotStore(Options.Create(new IndexOptions { Folder = folder }), NullLogger<IndexSnapshotStore>.Instance);
        Index = new CorpusIndex(source, new EmbeddingCache(generator, new EmbeddingModel("test/hashing", 256)), new InMemoryVectorStore(), store, Options.Create(new EmbeddingOptions()), NullLogger<CorpusIndex>.Instance);
        // The hashing embedder's ranking is noise next to MiniLM's, so only the keyword half votes here.
        Retriever = new HybridPassageRetriever(Index, generator, Options.Create(new RetrievalOptions { VectorWeight = 0 }));
        Answerer = TestPassages.Offline(Retriever, Options.Create(new AnsweringOptions()));
    }

    public IPassageRetriever Retriever { get; }

    /// <summary>The corpus index behind <see cref="Retriever"/> (the citation check takes its name aliases from it).</summary>
    public ICorpusIndex Index { get; }

    public OfflineAnswerService Answerer { get; }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
