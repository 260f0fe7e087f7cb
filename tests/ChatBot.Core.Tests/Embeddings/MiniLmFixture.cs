using ChatBot.Core.Embeddings;

namespace ChatBot.Core.Tests.Embeddings;

/// <summary>One MiniLM model for every test that needs it (loading takes about 1.5 s).</summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmEmbeddingGenerator Generator { get; } = new(batchSize: 4);

    public void Dispose() => Generator.Dispose();
}
