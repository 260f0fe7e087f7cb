using Microsoft.Extensions.AI;

namespace ChatBot.Scale;

/// <summary>Shares one generator between service providers: disposing a provider must not unload the model.</summary>
internal sealed class NotDisposing(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    protected override void Dispose(bool disposing)
    {
        // The owner disposes the inner generator.
    }
}
