using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace ChatBot.Core.Embeddings;

/// <summary>
/// Remembers the embeddings of the last few single texts (questions), so that the answer selector reads the vector the
/// retriever already computed for the same query instead of paying for a second embedding. Batches (indexing) pass through.
/// The capacity is small on purpose: enough for the questions in flight at once, not a cache of past questions (so a
/// benchmark cycling through 36 questions still pays for every question's one embedding).
/// </summary>
public sealed class RecentQueryEmbeddings(IEmbeddingGenerator<string, Embedding<float>> inner, int capacity = 32)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    private readonly ConcurrentDictionary<string, Embedding<float>> recent = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values as IReadOnlyList<string> ?? [.. values];
        if (list.Count != 1 || options is not null)
        {
            return await base.GenerateAsync(list, options, cancellationToken).ConfigureAwait(false);
        }

        if (recent.TryGetValue(list[0], out var known))
        {
            return [known];
        }

        var generated = await base.GenerateAsync(list, options, cancellationToken).ConfigureAwait(false);
        if (generated.Count == 1 && recent.TryAdd(list[0], generated[0]))
        {
            order.Enqueue(list[0]);
            while (order.Count > capacity && order.TryDequeue(out var oldest))
            {
                recent.TryRemove(oldest, out _);
            }
        }

        return generated;
    }
}
