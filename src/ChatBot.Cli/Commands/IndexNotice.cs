using ChatBot.Core.Retrieval;

namespace ChatBot.Cli.Commands;

/// <summary>Loads the index before a verb needs it, telling the user on standard error when it has to be built first (about a minute).</summary>
internal static class IndexNotice
{
    public static Task<IndexedCorpus> EnsureAsync(ICorpusIndex index, CliConsole console, CancellationToken cancellationToken)
    {
        var told = 0;
        var progress = new InlineProgress(p =>
        {
            if (p.Embedded == 0 && Interlocked.Exchange(ref told, 1) == 0)
            {
                console.Error.WriteLine($"Building the search index ({p.Total} passages); later runs load it from the snapshot.");
            }
        });
        return index.GetAsync(progress, rebuild: false, cancellationToken);
    }

    // Progress<T> posts to the thread pool; reporting inline keeps the message before any results.
    private sealed class InlineProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
