using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using ChatBot.Web.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Tests.Sources;

public sealed class IndexSourceCatalogTests
{
    [Fact]
    public async Task Sections_and_passages_come_from_the_index_when_one_is_registered()
    {
        var section = new Section("doc/only", ["Only"], SectionKind.Article, "doc.txt", [new Paragraph("Text.", 0, 5)]);
        var passage = new Passage("pid", section.Id, section.Path, SectionKind.Article, "Text.", "doc.txt", 0, 5);
        var stats = new IndexStats(1, 1, 0, true, "m", "h", TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        var index = new FixedIndex(new IndexedCorpus([section], [passage], [], stats));
        await using var services = new ServiceCollection().AddSingleton<ICorpusIndex>(index).BuildServiceProvider();
        var catalog = new IndexSourceCatalog(services, Fallback());

        var snapshot = await catalog.GetAsync(CancellationToken.None);

        Assert.Equal("doc/only", Assert.Single(snapshot.Sections).Id);
        Assert.Equal("pid", Assert.Single(snapshot.PassagesOf("doc/only")).Id);
        Assert.Same(snapshot, await catalog.GetAsync(CancellationToken.None));
    }

    private static CorpusSourceCatalog Fallback() => new(
        new CorpusLoader(NullLogger<CorpusLoader>.Instance),
        new PassageChunker(Options.Create(new ChunkingOptions())),
        Options.Create(new CorpusOptions { Folder = "does-not-exist" }));

    private sealed class FixedIndex(IndexedCorpus corpus) : ICorpusIndex
    {
        public Task<IndexedCorpus> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(corpus);

        public Task<IndexedCorpus> GetAsync(IProgress<IndexProgress>? progress, bool rebuild, CancellationToken cancellationToken = default) => Task.FromResult(corpus);
    }
}
