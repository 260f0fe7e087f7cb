using ChatBot.Core.Corpus;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Retrieval;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Tests.Retrieval;

public sealed class HybridPassageRetrieverTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chatbot-retriever-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private HybridPassageRetriever Retriever(FakeCorpusSource source, RetrievalOptions? options = null)
    {
        var generator = new HashingEmbeddingGenerator();
        var store = new IndexSnapshotStore(Options.Create(new IndexOptions { Folder = folder }), NullLogger<IndexSnapshotStore>.Instance);
        var index = new CorpusIndex(source, new EmbeddingCache(generator, new EmbeddingModel("test/hashing", 64)), new InMemoryVectorStore(), store,
            Options.Create(new EmbeddingOptions()), NullLogger<CorpusIndex>.Instance);
        return new HybridPassageRetriever(index, generator, Options.Create(options ?? new RetrievalOptions()));
    }

    private static FakeCorpusSource Corpus() => new FakeCorpusSource()
        .Article("Encyclopedia › Exile (1929–1940)", "Trotsky arrived in the Mexican port of Tampico and went on to Mexico City by train.")
        .Article("Encyclopedia › Assassination", "Ramón Mercader attacked Trotsky with an ice axe in his study in Coyoacán.")
        .Article("Encyclopedia › Epilogue", "Trotsky's house in Coyoacán is now a museum; he is buried in its garden.")
        .Article("Encyclopedia › Head of the Red Army (spring 1918)", "Trotsky became People's Commissar of Army and Navy Affairs in March 1918.")
        .Glossary("Tampico", "Tampico is a city and port in the state of Tamaulipas, Mexico.")
        .Glossary("Mexico City", "Mexico City is the capital of Mexico.")
        .Glossary("Coyoacán", "Coyoacán is a borough of Mexico City.")
        .Glossary("Mexico", "Mexico is a country in North America; Mexico City is its capital.");

    [Theory]
    [InlineData(RetrievalMode.Keyword)]
    [InlineData(RetrievalMode.Vector)]
    [InlineData(RetrievalMode.Hybrid)]
    public async Task Search_EveryMode_FindsTheArticlePassage(RetrievalMode mode)
    {
        var retriever = Retriever(Corpus());

        var results = await retriever.SearchAsync("which Mexican port did Trotsky arrive at?", mode, top: 3);

        Assert.Equal("Exile (1929–1940)", results[0].Passage.Title);
        Assert.True(results.Count <= 3);
    }

    [Fact]
    public async Task Search_GlossaryEntriesAreCappedAndRankBelowTheArticle()
    {
        var retriever = Retriever(Corpus(), new RetrievalOptions { MaxGlossaryResults = 1, NamedGlossaryWeight = 0.5 });

        var results = await retriever.SearchAsync("Mexico City Coyoacán Mexico", RetrievalMode.Hybrid, top: 8);

        Assert.Equal(1, results.Count(r => r.Passage.Kind == SectionKind.Glossary));
        Assert.Equal(SectionKind.Article, results[0].Passage.Kind);
    }

    [Fact]
    public async Task Search_AQuestionAboutAGlossaryTermStillFindsIt()
    {
        var retriever = Retriever(Corpus());

        var results = await retriever.SearchAsync("what state is Tampico in?", RetrievalMode.Hybrid, top: 5);

        Assert.Contains(results, r => r.Passage.DisplayPath == "Glossary › Tampico");
    }

    [Fact]
    public async Task Search_AGlossaryEntryTheQuestionNamesIsNotDownWeighted()
    {
        var named = Retriever(Corpus(), new RetrievalOptions { GlossaryWeight = 0.01, NamedGlossaryWeight = 1.0 });
        var notNamed = Retriever(Corpus(), new RetrievalOptions { GlossaryWeight = 0.01, NamedGlossaryWeight = 0.01 });

        var withBoost = await named.SearchAsync("what is Tampico", RetrievalMode.Hybrid, top: 5);
        var withoutBoost = await notNamed.SearchAsync("what is Tampico", RetrievalMode.Hybrid, top: 5);

        Assert.Equal("Glossary › Tampico", withBoost[0].Passage.DisplayPath);
        Assert.NotEqual("Glossary › Tampico", withoutBoost[0].Passage.DisplayPath);
    }

    [Fact]
    public async Task Search_NearDuplicatePassagesAreCollapsed()
    {
        var source = Corpus()
            .Article("Overview", "Trotsky became People's Commissar of Army and Navy Affairs in March 1918.");
        var retriever = Retriever(source);

        var results = await retriever.SearchAsync("commissar of army and navy affairs", RetrievalMode.Hybrid, top: 5);

        Assert.Single(results, r => r.Passage.Text.StartsWith("Trotsky became People's Commissar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_HybridScoresAreScaledToAtMostOne_AndDescending()
    {
        var retriever = Retriever(Corpus());

        var results = await retriever.SearchAsync("ice axe Coyoacán", RetrievalMode.Hybrid, top: 4);

        Assert.All(results, r => Assert.InRange(r.Score, 0.0, 1.0));
        Assert.Equal(results.OrderByDescending(r => r.Score).Select(r => r.Passage.Id), results.Select(r => r.Passage.Id));
    }

    [Fact]
    public async Task Search_UsesConfiguredModeAndTopWhenNotGiven()
    {
        var retriever = Retriever(Corpus(), new RetrievalOptions { Mode = RetrievalMode.Keyword, Top = 1 });

        var results = await retriever.SearchAsync("ice axe");

        Assert.Equal("Assassination", Assert.Single(results).Passage.Title);
    }

    [Fact]
    public async Task Search_BlankQuery_ReturnsNothing()
    {
        var retriever = Retriever(Corpus());

        Assert.Empty(await retriever.SearchAsync("   "));
    }
}
