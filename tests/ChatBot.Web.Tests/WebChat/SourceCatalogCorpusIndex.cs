using ChatBot.Core.Retrieval;
using ChatBot.Web.Sources;

namespace ChatBot.Web.Tests.WebChat;

/// <summary>The corpus index as the bot's "sources" command and /healthz see it, made from the source viewer's (fake) catalog, so fake-stack hosts never load MiniLM.</summary>
public sealed class SourceCatalogCorpusIndex(ISourceCatalog catalog) : ICorpusIndex
{
    public Task<IndexedCorpus> GetAsync(CancellationToken cancellationToken = default) => GetAsync(null, rebuild: false, cancellationToken);

    public async Task<IndexedCorpus> GetAsync(IProgress<IndexProgress>? progress, bool rebuild, CancellationToken cancellationToken = default)
    {
        var sections = (await catalog.GetAsync(cancellationToken)).Sections;
        return new IndexedCorpus(
            sections,
            [],
            [],
            new IndexStats(sections.Count, 0, 0, true, "fake", "fake", TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero));
    }
}
