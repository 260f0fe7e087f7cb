using ChatBot.Core.Retrieval;

namespace ChatBot.Web.Sources;

/// <summary>
/// The viewer's sections and passages from the corpus index, so its anchors are exactly the passage ids that citations carry.
/// Where no index is registered (a host without retrieval), the corpus is read directly by <see cref="CorpusSourceCatalog"/>.
/// </summary>
public sealed class IndexSourceCatalog(IServiceProvider services, CorpusSourceCatalog fallback) : ISourceCatalog
{
    private (IndexedCorpus From, SourceCatalogSnapshot Snapshot)? cached;

    public async Task<SourceCatalogSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<ICorpusIndex>() is not { } index)
        {
            return await fallback.GetAsync(cancellationToken).ConfigureAwait(false);
        }

        var corpus = await index.GetAsync(cancellationToken).ConfigureAwait(false);
        var current = cached;
        if (current is null || !ReferenceEquals(current.Value.From, corpus))
        {
            current = (corpus, new SourceCatalogSnapshot(corpus.Sections, corpus.Passages));
            cached = current;
        }

        return current.Value.Snapshot;
    }
}
