using ChatBot.Core.Corpus;
using ChatBot.Core.Retrieval;

namespace ChatBot.Web.Tests.Fakes;

/// <summary>A handful of sections and no passages; loading completes when <see cref="Loaded"/> does (at once by default).</summary>
public sealed class FakeCorpusIndex : ICorpusIndex
{
    public static IReadOnlyList<Section> Sections { get; } =
    [
        new("leon-trotsky/overview", ["Leon Trotsky", "Overview"], SectionKind.Article, "leon-trotsky.txt", []),
        new("leon-trotsky/childhood", ["Leon Trotsky", "Before 1917", "Childhood and family (1879–1895)"], SectionKind.Article, "leon-trotsky.txt", []),
        new("leon-trotsky/exile", ["Leon Trotsky", "Exile"], SectionKind.Article, "leon-trotsky.txt", []),
        new("glossary/red-army", ["Glossary", "Red Army"], SectionKind.Glossary, "leon-trotsky.txt", []),
        new("glossary/ice-axe", ["Glossary", "Ice axe"], SectionKind.Glossary, "leon-trotsky.txt", []),
    ];

    private static readonly IndexedCorpus Corpus = new(
        Sections,
        [],
        [],
        new IndexStats(Sections.Count, 0, 2, true, "fake", "fake", TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero));

    private int reloads;

    public TaskCompletionSource Loaded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeCorpusIndex(bool loaded = true)
    {
        if (loaded)
        {
            Loaded.SetResult();
        }
    }

    /// <summary>How many times a rebuild was asked for (the reindex endpoint, the corpus watcher).</summary>
    public int Reloads => reloads;

    public Task<IndexedCorpus> GetAsync(CancellationToken cancellationToken = default) => GetAsync(null, rebuild: false, cancellationToken);

    public Task<IndexedCorpus> ReloadAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reloads);
        return GetAsync(cancellationToken);
    }

    public async Task<IndexedCorpus> GetAsync(IProgress<IndexProgress>? progress, bool rebuild, CancellationToken cancellationToken = default)
    {
        await Loaded.Task.WaitAsync(cancellationToken);
        return Corpus;
    }
}
