using System.Collections.Concurrent;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Replay;

/// <summary>
/// Wraps the retriever during a replay: remembers the searches of the current case (the first is the one the Answer
/// prompt's passages came from) and caches results, since every kind of reply to an item searches the same query.
/// </summary>
public sealed class ReplayRetriever(IPassageRetriever inner) : IPassageRetriever
{
    private readonly ConcurrentDictionary<(string, RetrievalMode?, int?), IReadOnlyList<RetrievedPassage>> cache = new();
    private readonly ConcurrentQueue<IReadOnlyList<Passage>> searches = new();

    /// <summary>The passages of the first search since <see cref="Begin"/> (the prompt's, numbered from 1), or empty.</summary>
    public IReadOnlyList<Passage> FirstSearch => searches.TryPeek(out var first) ? first : [];

    /// <summary>Forgets the searches of the previous case.</summary>
    public void Begin() => searches.Clear();

    /// <inheritdoc />
    public async Task<IReadOnlyList<RetrievedPassage>> SearchAsync(string query, RetrievalMode? mode = null, int? top = null, CancellationToken cancellationToken = default)
    {
        var key = (query, mode, top);
        if (!cache.TryGetValue(key, out var results))
        {
            results = await inner.SearchAsync(query, mode, top, cancellationToken).ConfigureAwait(false);
            cache[key] = results;
        }

        searches.Enqueue([.. results.Select(r => r.Passage)]);
        return results;
    }
}
