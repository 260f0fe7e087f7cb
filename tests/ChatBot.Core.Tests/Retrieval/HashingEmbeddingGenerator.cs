using ChatBot.Core.Text;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.AI;

namespace ChatBot.Core.Tests.Retrieval;

/// <summary>A deterministic bag-of-words embedder for tests: each analysed term adds 1 to a hashed dimension; vectors are normalised.</summary>
internal sealed class HashingEmbeddingGenerator(int dimensions = 64, string modelId = "test/hashing") : IEmbeddingGenerator<string, Embedding<float>>
{
    private int calls;
    private int texts;

    public int Calls => calls;

    public int Texts => texts;

    /// <summary>When set, every call fails with this exception (a remote model that is down).</summary>
    public Exception? Failure { get; set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref calls);
        if (Failure is { } failure)
        {
            return Task.FromException<GeneratedEmbeddings<Embedding<float>>>(failure);
        }

        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            Interlocked.Increment(ref texts);
            result.Add(new Embedding<float>(Embed(value)) { ModelId = modelId });
        }

        return Task.FromResult(result);
    }

    public float[] Embed(string text)
    {
        var vector = new float[dimensions];
        foreach (var term in TextAnalyzer.Terms(text))
        {
            var hash = 17;
            foreach (var c in term)
            {
                hash = unchecked((hash * 31) + c);
            }

            vector[(hash & 0x7fffffff) % dimensions] += 1;
        }

        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
