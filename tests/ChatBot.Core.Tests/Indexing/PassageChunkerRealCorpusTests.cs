using ChatBot.Core.Configuration;
using ChatBot.Core.Corpus;
using ChatBot.Core.Corpus.Scraped;
using ChatBot.Core.Indexing;
using ChatBot.Core.Tests.Corpus;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Indexing;

/// <summary>Chunking invariants checked over every passage of the real corpus.</summary>
public sealed class PassageChunkerRealCorpusTests(RealCorpusFixture corpus, ITestOutputHelper output) : IClassFixture<RealCorpusFixture>
{
    private static readonly ChunkingOptions Defaults = new();

    private IReadOnlyList<Passage> Passages { get; } = new PassageChunker(Options.Create(new ChunkingOptions())).Chunk(corpus.Document);

    [Fact]
    public void EveryPassage_BelongsToOneSection_AndLiesWithinItsParagraphs()
    {
        var sections = corpus.Document.Sections.ToDictionary(s => s.Id);
        foreach (var passage in Passages)
        {
            var section = sections[passage.SectionId];
            Assert.Equal(section.Path, passage.SectionPath);
            Assert.Equal(section.Kind, passage.Kind);
            Assert.Equal(RealCorpusFixture.FileName, passage.SourceFile);
            // Every paragraph-sized piece of the passage text comes from this section only.
            foreach (var piece in passage.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Contains(section.Paragraphs, p => p.Text.Contains(piece, StringComparison.Ordinal));
            }

            Assert.InRange(passage.Start, section.Paragraphs.Min(p => p.Start), section.Paragraphs.Max(p => p.End));
            Assert.InRange(passage.End, passage.Start + 1, section.Paragraphs.Max(p => p.End));
        }
    }

    [Fact]
    public void Passages_CoverEveryParagraphOnce_InReadingOrder()
    {
        foreach (var section in corpus.Document.Sections)
        {
            var text = string.Join(" ", Passages.Where(p => p.SectionId == section.Id).Select(p => p.Text.Replace("\n\n", " ").Replace('\n', ' ')));
            Assert.Equal(string.Join(" ", section.Paragraphs.Select(p => p.Text)), text);
        }
    }

    [Fact]
    public void Offsets_AreWithinTheFile_AndOrderedWithinEachSection()
    {
        var length = corpus.SourceText.Length;
        foreach (var group in Passages.GroupBy(p => p.SectionId))
        {
            var previousEnd = 0;
            foreach (var passage in group)
            {
                Assert.InRange(passage.Start, 0, length - 1);
                Assert.InRange(passage.End, passage.Start + 1, length);
                Assert.True(passage.Start >= previousEnd, $"{passage.DisplayPath}: passages overlap");
                previousEnd = passage.End;
            }
        }

        var article = Passages.Where(p => p.Kind != SectionKind.Glossary).ToList();
        Assert.Equal(article.Select(p => p.Start).Order(), article.Select(p => p.Start));
    }

    [Fact]
    public void ArticlePassages_EndOnASentenceBoundary()
    {
        // Exceptions, each justified: a list item ends where the list item ends (titles in "See also" have no period);
        // a paragraph ending in ":" introduced a block quotation the scraper did not keep. Quotations end with their
        // attribution and glossary abstracts are cut by the scraper, so those kinds are not checked here.
        var splitter = new SentenceSplitter();
        foreach (var passage in Passages.Where(p => p.Kind == SectionKind.Article))
        {
            var lastLine = passage.Text.Split('\n')[^1];
            if (lastLine.StartsWith("• ", StringComparison.Ordinal))
            {
                continue;
            }

            Assert.True(
                passage.Text.TrimEnd('"', '”', '\'', '’', ')')[^1] is '.' or '!' or '?' or '…' or ':',
                $"{passage.DisplayPath}: ends mid-sentence: …{passage.Text[^40..]}");
            Assert.Equal(passage.Text.Split("\n\n")[^1], string.Join(' ', splitter.Split(passage.Text.Split("\n\n")[^1])));
        }
    }

    [Fact]
    public void PassageLengths_StayWithinBounds()
    {
        foreach (var passage in Passages.Where(p => p.Kind == SectionKind.Article))
        {
            Assert.InRange(passage.Text.Length, 1, Defaults.MaxChars);
        }

        Assert.All(Passages.Where(p => p.Kind == SectionKind.Quotations), p => Assert.Contains(" — ", p.Text));
        Assert.Equal(8, Passages.Count(p => p.Kind == SectionKind.Quotations));
        Assert.Equal(corpus.GlossarySections.Count(), Passages.Count(p => p.Kind == SectionKind.Glossary));
    }

    [Fact]
    public void Ids_AreUnique_AndStableAcrossRuns()
    {
        var again = new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(ContentPaths.Resolve("corpus")).Documents
            .SelectMany(new PassageChunker(Options.Create(new ChunkingOptions())).Chunk).ToList();

        Assert.Equal(Passages.Select(p => p.Id), again.Select(p => p.Id));
        Assert.Equal(Passages.Count, Passages.Select(p => p.Id).Distinct().Count());
        Assert.All(Passages, p => Assert.Equal(PassageChunker.PassageId(p.SourceFile, p.SectionPath, p.Text), p.Id));
    }

    [Fact]
    public void EmptySections_HaveNoPassages()
    {
        Assert.DoesNotContain(Passages, p => p.Title == "Selected works");
        Assert.DoesNotContain(Passages, p => p.Title == "Before the 1917 Revolution");
    }

    [Fact]
    public void PrintCorpusFigures()
    {
        // Figures quoted in docs/CORPUS.md; run with --logger "console;verbosity=detailed" to see them.
        var lengths = Passages.Select(p => p.Text.Length).Order().ToList();
        var article = Passages.Where(p => p.Kind != SectionKind.Glossary).Select(p => p.Text.Length).Order().ToList();
        var sections = corpus.ArticleSections.ToList();
        output.WriteLine($"sections (article + quotations): {sections.Count}, of which empty: {sections.Count(s => s.Paragraphs.Count == 0)}");
        var lines = SourceLine.Split(corpus.SourceText);
        var parser = new ScrapedBlockParser(lines);
        parser.Parse(0, lines.Count, detectHeadings: true);
        output.WriteLine($"link blocks removed: {parser.Glossary.Count} (without abstract: {parser.Glossary.Count(g => g.Abstract is null)}, distinct titles: {parser.Glossary.Select(g => g.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count()})");
        output.WriteLine($"glossary entries: {corpus.GlossarySections.Count()}");
        output.WriteLine($"paragraphs (article + quotations): {sections.Sum(s => s.Paragraphs.Count)}");
        output.WriteLine($"passages: {Passages.Count} (article {Passages.Count(p => p.Kind == SectionKind.Article)}, quotations {Passages.Count(p => p.Kind == SectionKind.Quotations)}, glossary {Passages.Count(p => p.Kind == SectionKind.Glossary)})");
        output.WriteLine($"passage length, all: min {lengths[0]}, median {lengths[lengths.Count / 2]}, max {lengths[^1]}");
        output.WriteLine($"passage length, article + quotations: min {article[0]}, median {article[article.Count / 2]}, max {article[^1]}");
        Assert.NotEmpty(lengths);
    }
}
