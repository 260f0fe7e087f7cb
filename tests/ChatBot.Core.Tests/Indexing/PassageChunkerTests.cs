using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Tests.Indexing;

public sealed class PassageChunkerTests
{
    private static PassageChunker Chunker(int target = 700, int max = 1200, int min = 200) =>
        new(Options.Create(new ChunkingOptions { TargetChars = target, MaxChars = max, MinChars = min }));

    private static Paragraph Para(string text, int start, bool list = false) => new(text, start, start + text.Length, list);

    private static CorpusDocument Doc(params Section[] sections) => new("doc.txt", "Doc", sections);

    private static Section Sec(string title, SectionKind kind, params Paragraph[] paragraphs) =>
        new("doc/" + title.ToLowerInvariant(), [title], kind, "doc.txt", paragraphs);

    [Fact]
    public void Chunk_NeverCrossesSections_AndSkipsEmptyOnes()
    {
        var doc = Doc(
            Sec("A", SectionKind.Article, Para("Short one.", 0)),
            Sec("Empty", SectionKind.Article),
            Sec("B", SectionKind.Article, Para("Short two.", 20)));

        var passages = Chunker().Chunk(doc);

        Assert.Equal(["A", "B"], passages.Select(p => p.Title));
        Assert.Equal("Short one.", passages[0].Text);
    }

    [Fact]
    public void Chunk_GathersParagraphsUpToTheTarget()
    {
        var sentence = new string('a', 90) + ".";
        var paragraphs = Enumerable.Range(0, 10).Select(i => Para(sentence, i * 100)).ToArray();

        var passages = Chunker(target: 300, max: 500, min: 50).Chunk(Doc(Sec("A", SectionKind.Article, paragraphs)));

        Assert.All(passages, p => Assert.InRange(p.Text.Length, 1, 300));
        Assert.Equal(10, passages.Sum(p => p.Text.Split("\n\n").Length));
        Assert.Equal(0, passages[0].Start);
        Assert.Equal(passages[0].Text.Split("\n\n").Length * 100 - 9, passages[0].End);
    }

    [Fact]
    public void Chunk_SplitsALongParagraphBetweenSentences_WithTracedOffsets()
    {
        var sentences = Enumerable.Range(0, 12).Select(i => $"Sentence number {i} is here with some padding words to be long enough.").ToList();
        var text = string.Join(' ', sentences);
        var paragraph = new Paragraph(text, 1000, 1000 + text.Length) { CharOffsets = [.. Enumerable.Range(1000, text.Length)] };

        var passages = Chunker(target: 300, max: 400, min: 50).Chunk(Doc(Sec("A", SectionKind.Article, paragraph)));

        Assert.True(passages.Count > 1);
        Assert.Equal(text, string.Join(' ', passages.Select(p => p.Text)));
        Assert.All(passages, p =>
        {
            Assert.InRange(p.Text.Length, 1, 400);
            Assert.EndsWith(".", p.Text);
            Assert.Equal(p.Text, text[(p.Start - 1000)..(p.End - 1000)]);
        });
    }

    [Fact]
    public void Chunk_GivesOnePassagePerQuotation_AndPerGlossaryEntry()
    {
        var doc = Doc(
            Sec("Quotations", SectionKind.Quotations, Para("Quote one. — Source (1901)", 0), Para("Quote two. — Source (1902)", 40)),
            Sec("Glossary", SectionKind.Glossary, Para("An abstract.", 100)));

        var passages = Chunker().Chunk(doc);

        Assert.Equal(["Quote one. — Source (1901)", "Quote two. — Source (1902)", "An abstract."], passages.Select(p => p.Text));
        Assert.Equal([SectionKind.Quotations, SectionKind.Quotations, SectionKind.Glossary], passages.Select(p => p.Kind));
    }

    [Fact]
    public void Chunk_GroupsListItems_OnePerLine()
    {
        var doc = Doc(Sec("See also", SectionKind.Article, Para("• One", 0, true), Para("• Two", 10, true), Para("• Three", 20, true)));
        var passage = Assert.Single(Chunker().Chunk(doc));
        Assert.Equal("• One\n• Two\n• Three", passage.Text);
        Assert.Equal((0, 27), (passage.Start, passage.End));
    }

    [Fact]
    public void PassageId_IsLowercaseHexOfTruncatedSha256_OverFilePathAndText()
    {
        var id = PassageChunker.PassageId("leon-trotsky.txt", ["Encyclopedia", "1918"], "Some text.");
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Equal(id, PassageChunker.PassageId("leon-trotsky.txt", ["Encyclopedia", "1918"], "Some text."));
        Assert.NotEqual(id, PassageChunker.PassageId("leon-trotsky.txt", ["Encyclopedia", "1919"], "Some text."));
        Assert.NotEqual(id, PassageChunker.PassageId("other.txt", ["Encyclopedia", "1918"], "Some text."));
        // Pinned so a change of the id scheme (which invalidates every stored index) is a deliberate one.
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("leon-trotsky.txt\nEncyclopedia › 1918\nSome text."u8))[..32],
            id);
    }

    [Fact]
    public void Ctor_RejectsInconsistentOptions()
    {
        Assert.Throws<OptionsValidationException>(() => Chunker(target: 700, max: 500));
        Assert.Throws<OptionsValidationException>(() => Chunker(target: 0));
    }
}
