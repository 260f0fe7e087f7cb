using ChatBot.Core.Corpus;

namespace ChatBot.Core.Tests.Corpus;

public sealed class ScrapedEncyclopediaReaderTests
{
    private const string Nbsp = "\u00A0";

    // A small page in the scraped shape: title, the three parts, link blocks (anchor / title / abstract / blank /
    // continuation), a link without abstract, groups of headings, a list with indented link lines, appendix sections.
    private static readonly string Page = string.Join('\n',
    [
        "Ada Example",
        "Overview",
        Nbsp,
        "Ada Example was a famous engineer from Paris",
        "Paris",
        "Paris is the capital of France...",
        "",
        ". She built engines.",
        "Quotations",
        "",
        "Measure twice.",
        "",
        "Notes on Engines (1901), p. 3",
        "",
        "Encyclopedia",
        "Ada Example was a famous engineer from Paris",
        "Paris",
        "Paris is the capital of France...",
        "",
        ". She built engines. Her engines ran on steam.",
        "",
        "Early life",
        "",
        "Childhood",
        "",
        "Ada was born in the Latin Quarter",
        "Latin Quarter",
        "The Latin Quarter is an area of Paris.",
        "",
        Nbsp + "of Paris, near the Sorbonne",
        "Sorbonne",
        "",
        ". She liked mathematic",
        "Mathematics",
        "Mathematics is the study of quantity.",
        "",
        "s.",
        "",
        "Career",
        "",
        "In 1900 she met Paris",
        "Paris",
        "Paris, the city of light, is the capital of France and its largest city...",
        "",
        "ian engineers.",
        "",
        "In art",
        "",
        "  • A film about her was made by Jean Director",
        "    Jean Director",
        "    Jean Director is a French film maker.",
        "",
        "    , starring Anne Actor",
        "    Anne Actor",
        "    Anne Actor is an actress.",
        "",
        "    .",
        "  • A song.",
        "",
        "Works",
        "",
        "",
        "See also",
        "",
        "  • Steam engine",
        "    Steam engine",
        "    A steam engine is a heat engine.",
        "",
        "  • Paris",
        "",
        "External links",
        "",
        "The source of this article is wikipedia, the free encyclopedia.  The text of this article is licensed under the GFDL.",
        Nbsp,
        "x",
    ]);

    private static CorpusDocument Read() => new ScrapedEncyclopediaReader().Read("people/ada-example.txt", Page);

    private static Section Titled(CorpusDocument doc, string title) => doc.Sections.Single(s => s.Title == title && s.Kind != SectionKind.Glossary);

    [Fact]
    public void CanRead_RecognisesTheShape_NotTheName()
    {
        var reader = new ScrapedEncyclopediaReader();
        Assert.True(reader.CanRead("whatever-name.txt", Page));
        Assert.False(reader.CanRead("leon-trotsky.txt", "Just a plain note.\n\nWith two paragraphs about Trotsky.\n"));
        Assert.False(reader.CanRead("notes.md", "# Overview\n\nSome text.\n\n# Encyclopedia\n\nMore text.\n"));
    }

    [Fact]
    public void Read_StitchesSentencesAcrossLinkBlocks()
    {
        var childhood = Titled(Read(), "Childhood");
        Assert.Equal("Ada was born in the Latin Quarter of Paris, near the Sorbonne. She liked mathematics.", Assert.Single(childhood.Paragraphs).Text);
        var career = Titled(Read(), "Career");
        Assert.Equal("In 1900 she met Parisian engineers.", Assert.Single(career.Paragraphs).Text);
    }

    [Fact]
    public void Read_BuildsTheHeadingTree()
    {
        var paths = Read().Sections.Where(s => s.Kind != SectionKind.Glossary).Select(s => s.DisplayPath).ToList();
        Assert.Equal(
        [
            "Overview", "Quotations", "Encyclopedia", "Encyclopedia › Early life", "Encyclopedia › Early life › Childhood",
            "Encyclopedia › Early life › Career", "In art", "Works", "See also", "External links",
        ], paths);
        Assert.Empty(Titled(Read(), "Works").Paragraphs);
    }

    [Fact]
    public void Read_DropsTheRepeatedOverview_KeepsTheRestOfTheLead()
    {
        var doc = Read();
        Assert.Equal("Ada Example was a famous engineer from Paris. She built engines.", Assert.Single(Titled(doc, "Overview").Paragraphs).Text);
        Assert.Equal("Her engines ran on steam.", Assert.Single(Titled(doc, "Encyclopedia").Paragraphs).Text);
    }

    [Fact]
    public void Read_KeepsQuotationWithAttribution()
    {
        var quotations = Titled(Read(), "Quotations");
        Assert.Equal(SectionKind.Quotations, quotations.Kind);
        Assert.Equal("Measure twice. — Notes on Engines (1901), p. 3", Assert.Single(quotations.Paragraphs).Text);
    }

    [Fact]
    public void Read_KeepsListItems_WithIndentedLinkLinesRemoved()
    {
        var doc = Read();
        var art = Titled(doc, "In art").Paragraphs;
        Assert.Equal(["• A film about her was made by Jean Director, starring Anne Actor.", "• A song."], art.Select(p => p.Text));
        Assert.All(art, p => Assert.True(p.IsListItem));
        Assert.Equal(["• Steam engine", "• Paris"], Titled(doc, "See also").Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Read_MakesOneGlossaryEntryPerTitle_KeepingTheLongestAbstract()
    {
        var glossary = Read().Sections.Where(s => s.Kind == SectionKind.Glossary).ToList();
        Assert.Equal(["Paris", "Latin Quarter", "Mathematics", "Jean Director", "Anne Actor", "Steam engine"], glossary.Select(s => s.Title));
        var paris = glossary.Single(s => s.Title == "Paris");
        Assert.Equal("glossary/paris", paris.Id);
        Assert.StartsWith("Paris, the city of light", Assert.Single(paris.Paragraphs).Text);
        // "Sorbonne" had no abstract: no entry, and its title line did not leak into the article.
        Assert.DoesNotContain(Read().Sections, s => s.Title == "Sorbonne");
    }

    [Fact]
    public void Read_KeepsLicenceAsTinySection_AndDropsDebris()
    {
        var links = Titled(Read(), "External links");
        Assert.Equal("The source of this article is wikipedia, the free encyclopedia. The text of this article is licensed under the GFDL.", Assert.Single(links.Paragraphs).Text);
    }

    [Fact]
    public void Read_TracesOffsetsToTheSource()
    {
        var doc = Read();
        var childhood = Titled(doc, "Childhood").Paragraphs[0];
        Assert.Equal(Page.IndexOf("Ada was born", StringComparison.Ordinal), childhood.Start);
        Assert.Equal(Page.IndexOf("s.\n\nCareer", StringComparison.Ordinal) + 2, childhood.End);
        var lead = Titled(doc, "Encyclopedia").Paragraphs[0];
        Assert.Equal(Page.IndexOf("Her engines", StringComparison.Ordinal), lead.Start);
        Assert.Equal("people/ada-example/childhood", Titled(doc, "Childhood").Id);
    }
}
