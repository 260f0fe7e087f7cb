using ChatBot.Core.Configuration;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Web.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Tests.Sources;

/// <summary>The viewer over the real corpus, read by the same loader and chunker the index uses.</summary>
public sealed class RealCorpusSourceViewerTests
{
    private static readonly Lazy<SourceCatalogSnapshot> Catalog = new(() =>
        new CorpusSourceCatalog(
                new CorpusLoader(NullLogger<CorpusLoader>.Instance),
                new PassageChunker(Options.Create(new ChunkingOptions())),
                Options.Create(new CorpusOptions { Folder = ContentPaths.Resolve("corpus") }))
            .GetAsync(CancellationToken.None).GetAwaiter().GetResult());

    [Fact]
    public void Every_passage_of_the_real_corpus_has_an_anchor_and_marked_sentences_in_its_section_page()
    {
        var catalog = Catalog.Value;
        Assert.NotEmpty(catalog.Sections);
        var unmarked = new List<string>();

        foreach (var section in catalog.Sections)
        {
            var html = SourcePage.Render(catalog, section, string.Empty, "ChatBot");
            foreach (var passage in catalog.PassagesOf(section.Id))
            {
                if (!html.Contains($"id=\"p-{passage.Id}\"", StringComparison.Ordinal))
                {
                    unmarked.Add($"{section.Id}#{passage.Id}");
                }
            }
        }

        Assert.True(unmarked.Count == 0, $"{unmarked.Count} passages without anchor, e.g. {string.Join(", ", unmarked.Take(5))}");
    }

    [Fact]
    public void Real_sections_render_their_cleaned_paragraphs_not_raw_lines()
    {
        var catalog = Catalog.Value;
        var section = catalog.Sections.First(s => s.Kind == SectionKind.Article && s.Paragraphs.Count > 1);

        var html = SourcePage.Render(catalog, section, string.Empty, "ChatBot");

        Assert.Equal(section.Paragraphs.Count, html.Split("<p").Length - 1);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", string.Concat(section.Paragraphs.Select(p => p.Text)), StringComparison.Ordinal);
    }
}
