using ChatBot.Core.Corpus;
using ChatBot.Web.Catalog;
using ChatBot.Web.Sources;

namespace ChatBot.Web.Tests.WebChat;

/// <summary>The bot's section list from the source viewer's catalog, for test hosts whose Program does not register one yet.</summary>
public sealed class SourceCatalogSections(ISourceCatalog catalog) : ISectionCatalog
{
    public async Task<IReadOnlyList<Section>> GetSectionsAsync(CancellationToken cancellationToken = default) =>
        (await catalog.GetAsync(cancellationToken)).Sections;
}
