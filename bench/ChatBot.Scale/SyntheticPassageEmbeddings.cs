using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace ChatBot.Scale;

/// <summary>
/// Embeds passages with cheap deterministic pseudo-random unit vectors (seeded by a hash of the text) while
/// <see cref="Synthetic"/> is on, and everything else with the real model. Used where embedding every passage with
/// MiniLM would take too long: vector-search cost depends on the number and size of the vectors, not their values,
/// so latency figures stay honest while relevance of the vector half does not (and is not claimed).
/// </summary>
internal sealed class SyntheticPassageEmbeddings(IEmbeddingGenerator<string, Embedding<float>> real, int dimensions)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>When true, every call is answered with synthetic vectors.</summary>
    public bool Synthetic { get; set; } = true;

    public EmbeddingGeneratorMetadata Metadata { get; } = new("synthetic", null, "synthetic-unit-vectors", dimensions);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!Synthetic)
        {
            return real.GenerateAsync(values, options, cancellationToken);
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(Vector(v))));
        return Task.FromResult(result);
    }

    private float[] Vector(string text)
    {
        // FNV-1a over the text, then xorshift: stable across runs and machines, no allocation per value beyond the vector.
        var state = 14695981039346656037UL;
        foreach (var c in text)
        {
            state = (state ^ c) * 1099511628211UL;
        }

        var vector = new float[dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            vector[i] = (float)((state >> 11) * (1.0 / (1UL << 53))) - 0.5f;
        }

        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => real.GetService(serviceType, serviceKey);

    public void Dispose() => real.Dispose();
}
