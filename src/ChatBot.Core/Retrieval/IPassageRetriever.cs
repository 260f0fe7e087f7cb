namespace ChatBot.Core.Retrieval;

/// <summary>Ranks the corpus passages for a query.</summary>
public interface IPassageRetriever
{
    /// <summary>The best passages for <paramref name="query"/>; <paramref name="mode"/> and <paramref name="top"/> default to configuration.</summary>
    Task<IReadOnlyList<RetrievedPassage>> SearchAsync(string query, RetrievalMode? mode = null, int? top = null, CancellationToken cancellationToken = default);
}
