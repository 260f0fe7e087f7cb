using ChatBot.Core.Corpus;

namespace ChatBot.Web.Catalog;

/// <summary>The sections of the loaded corpus (article and glossary), for the bot's "sources" command and the readiness check.</summary>
public interface ISectionCatalog
{
    /// <summary>Loads the index on first call (which may take a while) and returns its sections in document order.</summary>
    Task<IReadOnlyList<Section>> GetSectionsAsync(CancellationToken cancellationToken = default);
}
