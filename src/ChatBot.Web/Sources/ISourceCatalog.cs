namespace ChatBot.Web.Sources;

/// <summary>The sections and passages the source viewer shows; backed by the corpus index.</summary>
public interface ISourceCatalog
{
    /// <summary>The current sections (reading order) and passages.</summary>
    Task<SourceCatalogSnapshot> GetAsync(CancellationToken cancellationToken);
}
