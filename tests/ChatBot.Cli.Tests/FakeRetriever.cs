using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;

namespace ChatBot.Cli.Tests;

/// <summary>Returns fixed passages: those whose title words occur in the query first, then the rest; records each call.</summary>
internal sealed class FakeRetriever : IPassageRetriever
{
    public static readonly Passage Childhood = new("p1", "s1", ["Encyclopedia", "Before the 1917 Revolution", "Childhood and family (1879–1895)"], SectionKind.Article,
        "Leon Trotsky was born Lev Davidovich Bronshtein on 7 November 1879.", "leon-trotsky.txt", 10, 80);

    public static readonly Passage Epilogue = new("p2", "s2", ["Encyclopedia", "Epilogue"], SectionKind.Article,
        "Trotsky is buried in the garden of his house in Coyoacán.", "leon-trotsky.txt", 100, 160);

    public static readonly Passage NovyMir = new("p3", "g1", ["Glossary", "Novy Mir (1916 magazine)"], SectionKind.Glossary,
        "Novy Mir was a Russian-language socialist newspaper in New York.", "leon-trotsky.txt", 200, 260);

    private static readonly Passage[] All = [Childhood, Epilogue, NovyMir];

    public List<(string Query, RetrievalMode? Mode, int? Top)> Calls { get; } = [];

    public Task<IReadOnlyList<RetrievedPassage>> SearchAsync(string query, RetrievalMode? mode = null, int? top = null, CancellationToken cancellationToken = default)
    {
        lock (Calls)
        {
            Calls.Add((query, mode, top));
        }

        var ranked = All
            .OrderByDescending(p => p.Title.Split(' ', '(').Count(w => w.Length > 3 && query.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ThenBy(p => p.Id)
            .Take(top ?? 8)
            .Select((p, i) => new RetrievedPassage(p, 1.0 / (i + 1)))
            .ToList();
        return Task.FromResult<IReadOnlyList<RetrievedPassage>>(ranked);
    }
}
