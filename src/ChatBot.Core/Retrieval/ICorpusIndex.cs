namespace ChatBot.Core.Retrieval;

/// <summary>The corpus index, loaded once per process (from the snapshot when it is still valid, otherwise built).</summary>
public interface ICorpusIndex
{
    /// <summary>The index; the first call loads or builds it, later calls return the same instance.</summary>
    Task<IndexedCorpus> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="GetAsync(CancellationToken)"/>, reporting embedding progress; <paramref name="rebuild"/> ignores the snapshot.</summary>
    Task<IndexedCorpus> GetAsync(IProgress<IndexProgress>? progress, bool rebuild, CancellationToken cancellationToken = default);
}
