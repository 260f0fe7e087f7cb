namespace ChatBot.Core.Retrieval;

/// <summary>Reads the corpus and cuts it into passages (the corpus reader and chunker behind one call).</summary>
public interface ICorpusSource
{
    /// <summary>The current corpus content; reading problems are reported in it, never thrown.</summary>
    Task<CorpusContent> ReadAsync(CancellationToken cancellationToken = default);
}
