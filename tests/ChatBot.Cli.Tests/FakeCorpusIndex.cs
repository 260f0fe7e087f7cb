using ChatBot.Core.Corpus;
using ChatBot.Core.Retrieval;

namespace ChatBot.Cli.Tests;

/// <summary>An index with fixed counts and problems, that "embeds" two passages when asked to build.</summary>
internal sealed class FakeCorpusIndex(bool fromSnapshot = true, params CorpusProblem[] problems) : ICorpusIndex
{
    public List<bool> Rebuilds { get; } = [];

    public Task<IndexedCorpus> GetAsync(CancellationToken cancellationToken = default) => GetAsync(null, false, cancellationToken);

    public Task<IndexedCorpus> GetAsync(IProgress<IndexProgress>? progress, bool rebuild, CancellationToken cancellationToken = default)
    {
        Rebuilds.Add(rebuild);
        var built = rebuild || !fromSnapshot;
        if (built)
        {
            progress?.Report(new IndexProgress(0, 2));
            progress?.Report(new IndexProgress(2, 2));
        }

        var stats = new IndexStats(38, 383, 252, !built, "local/all-MiniLM-L6-v2", "hash",
            TimeSpan.FromMilliseconds(12), built ? TimeSpan.FromSeconds(40) : TimeSpan.Zero, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(60));
        return Task.FromResult(new IndexedCorpus([], [FakeRetriever.Epilogue], problems, stats));
    }
}
