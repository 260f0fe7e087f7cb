using ChatBot.Core.Corpus;
using ChatBot.Web.Catalog;

namespace ChatBot.Web.Tests.Fakes;

/// <summary>A handful of sections; loading completes when <see cref="Loaded"/> does (at once by default).</summary>
public sealed class FakeSectionCatalog : ISectionCatalog
{
    public static IReadOnlyList<Section> Sections { get; } =
    [
        new("leon-trotsky/overview", ["Leon Trotsky", "Overview"], SectionKind.Article, "leon-trotsky.txt", []),
        new("leon-trotsky/childhood", ["Leon Trotsky", "Before 1917", "Childhood and family (1879–1895)"], SectionKind.Article, "leon-trotsky.txt", []),
        new("leon-trotsky/exile", ["Leon Trotsky", "Exile"], SectionKind.Article, "leon-trotsky.txt", []),
        new("glossary/red-army", ["Glossary", "Red Army"], SectionKind.Glossary, "leon-trotsky.txt", []),
        new("glossary/ice-axe", ["Glossary", "Ice axe"], SectionKind.Glossary, "leon-trotsky.txt", []),
    ];

    public TaskCompletionSource Loaded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeSectionCatalog(bool loaded = true)
    {
        if (loaded)
        {
            Loaded.SetResult();
        }
    }

    public async Task<IReadOnlyList<Section>> GetSectionsAsync(CancellationToken cancellationToken = default)
    {
        await Loaded.Task.WaitAsync(cancellationToken);
        return Sections;
    }
}
