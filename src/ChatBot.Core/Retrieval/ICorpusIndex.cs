namespace ChatBot.Core.Retrieval;

/// <summary>
/// The corpus index: loaded once per process (embeddings from the snapshot where the text is unchanged), and rebuilt in
/// the background by <see cref="ReloadAsync"/> when the corpus changes; a rebuilt index is swapped in whole.
/// </summary>
public interface ICorpusIndex
{
    /// <summary>The current index; the first call loads or builds it, later calls return the index being served.</summary>
    Task<IndexedCorpus> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="GetAsync(CancellationToken)"/>, reporting embedding progress; <paramref name="rebuild"/> ignores the snapshot and re-embeds everything.</summary>
    Task<IndexedCorpus> GetAsync(IProgress<IndexProgress>? progress, bool rebuild, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the corpus again and, when it changed, builds a new index (embedding only changed text) and swaps it in;
    /// questions asked meanwhile are answered from the previous index. On failure the previous index stays and the error is thrown.
    /// </summary>
    Task<IndexedCorpus> ReloadAsync(CancellationToken cancellationToken = default) => GetAsync(cancellationToken);

    /// <summary>The index being served, or null before the first load finished.</summary>
    IndexedCorpus? Current => null;

    /// <summary>The last reload that failed after the current index was swapped in, or null.</summary>
    IndexFailure? LastFailure => null;
}
