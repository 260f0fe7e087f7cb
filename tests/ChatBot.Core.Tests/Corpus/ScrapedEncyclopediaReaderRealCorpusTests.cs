using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;

namespace ChatBot.Core.Tests.Corpus;

public sealed class ScrapedEncyclopediaReaderRealCorpusTests(RealCorpusFixture corpus) : IClassFixture<RealCorpusFixture>
{
    private const string ChildhoodSentence =
        "Leon Trotsky was born Lev Davidovich Bronshtein on 7 November 1879, in Yanovka or Yanivka, in the Kherson guberniya " +
        "of the Russian Empire (today's Bereslavka in the Bobrynets Raion, Kirovohrad Oblast, Ukraine), a small village 15 miles " +
        "(24 km) from the nearest post office.";

    [Fact]
    public void RealCorpus_LoadsWithoutProblems()
    {
        Assert.Empty(corpus.Result.Problems);
        Assert.Equal("Leon Trotsky", corpus.Document.Title);
    }

    [Fact]
    public void Childhood_FirstSentence_IsRebuiltAsOneSentence()
    {
        var first = corpus.SectionTitled("Childhood and family (1879–1895)").Paragraphs[0].Text;
        Assert.StartsWith(ChildhoodSentence + " He was the fifth child", first);
    }

    [Theory]
    [InlineData("Lenin and his supporters (known as Bolsheviks) argued for a smaller but highly organized party.")]
    [InlineData("He left New York on 27 March but his ship, the SS Kristianiafjord, was intercepted by British naval officials in Canada at Halifax, Nova Scotia and he spent a month detained at Amherst, Nova Scotia.")]
    [InlineData("Numerous Fourth Internationalist groups around the world continue to describe themselves as Trotskyist")]
    [InlineData("despite the Glasnost-era rehabilitation of most other Old Bolsheviks killed during the Great Purges.")]
    [InlineData("The troika was further infuriated by Karl Radek's article Leon Trotsky – Organizer of Victory published in Pravda on 14 March 1923.")]
    [InlineData("At first a narodnik (revolutionary populist), he was introduced to Marxism later that year and was originally opposed to it.")]
    [InlineData("Trotsky's younger sister, Olga, married Lev Kamenev, a leading Bolshevik.")]
    [InlineData("the Conference denounced \"Trotskyism\" as a \"petty bourgeois deviation\".")]
    public void StitchedSentences_ReadAsInTheArticle(string sentence)
    {
        Assert.Contains(corpus.ArticleParagraphs, p => p.Text.Contains(sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void ArticleText_HasNoLeftoverScraperSpacing()
    {
        foreach (var paragraph in corpus.ArticleParagraphs)
        {
            Assert.DoesNotContain("  ", paragraph.Text);
            Assert.DoesNotContain("\u00A0", paragraph.Text);
            Assert.False(Regex.IsMatch(paragraph.Text, @" [,.;:)]"), $"space before punctuation in: {paragraph.Text}");
        }
    }

    [Theory]
    [InlineData("SS Kristianiafjord", "SS Kristianiafjord was the first ship in the fleet of the Norwegian America Line")]
    [InlineData("Lev Kamenev", "Lev Borisovich Kamenev, born Rozenfeld, was a Bolshevik revolutionary")]
    [InlineData("Red Army", "The Workers' and Peasants' Red Army started out as")]
    [InlineData("Guberniya", "A guberniya was a major administrative subdivision of the Russian Empire")]
    [InlineData("Frida Kahlo", "Frida Kahlo de Rivera was a Mexican painter")]
    [InlineData("Vladivostok", "The city is located in the southern extremity of Muravyov-Amursky Peninsula")]
    public void GlossaryEntry_ExistsOnce_WithItsAbstract(string title, string abstractStart)
    {
        var entry = Assert.Single(corpus.GlossarySections, s => s.Title == title);
        Assert.Equal(["Glossary", title], entry.Path);
        Assert.Equal(SectionKind.Glossary, entry.Kind);
        Assert.StartsWith(abstractStart, Assert.Single(entry.Paragraphs).Text);
        Assert.Equal("Glossary › " + title, entry.DisplayPath);
    }

    [Fact]
    public void Glossary_IsDeduplicatedByTitle()
    {
        var titles = corpus.GlossarySections.Select(s => s.Title).ToList();
        Assert.Equal(titles.Count, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(titles.Count > 200, $"expected the article's link targets, got {titles.Count}");
        Assert.Equal("glossary/ss-kristianiafjord", corpus.GlossarySections.Single(s => s.Title == "SS Kristianiafjord").Id);
    }

    [Fact]
    public void GlossaryAbstracts_NeverLeakIntoArticleText()
    {
        var article = string.Join("\n", corpus.ArticleParagraphs.Select(p => p.Text));
        foreach (var entry in corpus.GlossarySections)
        {
            var abstractText = entry.Paragraphs[0].Text;
            var probe = abstractText[..Math.Min(60, abstractText.Length)];
            Assert.False(article.Contains(probe, StringComparison.Ordinal), $"abstract of '{entry.Title}' leaked: {probe}");
        }
    }

    [Fact]
    public void ArticleText_NeverComesFromLinkTitleOrAbstractLines()
    {
        // Independent of the reader: find every "title line + abstract line" pair in the raw file by the glossary's own
        // titles and abstracts, and check that no article character was taken from those lines.
        var source = corpus.SourceText;
        var lines = source.Split('\n');
        var forbidden = new bool[source.Length];
        var blocks = 0;
        var glossary = corpus.GlossarySections.ToDictionary(s => s.Title, s => Squeeze(s.Paragraphs[0].Text)[..20]);
        var offset = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var title = lines[i].Trim();
            if (i + 1 < lines.Length && glossary.TryGetValue(title, out var probe)
                && Squeeze(lines[i + 1]).StartsWith(probe, StringComparison.Ordinal))
            {
                blocks++;
                Array.Fill(forbidden, true, offset, lines[i].Length + 1 + lines[i + 1].Length);
            }

            offset += lines[i].Length + 1;
        }

        Assert.True(blocks > 300, $"expected the article's link blocks, found {blocks}");
        foreach (var paragraph in corpus.ArticleParagraphs)
        {
            Assert.NotNull(paragraph.CharOffsets);
            Assert.DoesNotContain(paragraph.CharOffsets!, at => forbidden[at]);
        }
    }

    [Fact]
    public void ParagraphCharacters_AreTracedToTheSameSourceCharacters()
    {
        var source = corpus.SourceText;
        foreach (var section in corpus.Document.Sections)
        {
            foreach (var paragraph in section.Paragraphs)
            {
                Assert.InRange(paragraph.Start, 0, source.Length);
                Assert.InRange(paragraph.End, paragraph.Start + 1, source.Length);
                var offsets = paragraph.CharOffsets!;
                Assert.Equal(paragraph.Text.Length, offsets.Count);
                for (var i = 0; i < paragraph.Text.Length; i++)
                {
                    var ch = paragraph.Text[i];
                    Assert.InRange(offsets[i], paragraph.Start, paragraph.End - 1);
                    if (!char.IsWhiteSpace(ch) && !(section.Kind == SectionKind.Quotations && ch == '—'))
                    {
                        Assert.Equal(ch, source[offsets[i]]);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("Overview", "Overview")]
    [InlineData("Quotations", "Quotations")]
    [InlineData("Encyclopedia", "Encyclopedia")]
    [InlineData("Before the 1917 Revolution", "Encyclopedia › Before the 1917 Revolution")]
    [InlineData("Childhood and family (1879–1895)", "Encyclopedia › Before the 1917 Revolution › Childhood and family (1879–1895)")]
    [InlineData("World War I (1914–1917)", "Encyclopedia › Before the 1917 Revolution › World War I (1914–1917)")]
    [InlineData("Head of the Red Army (spring 1918)", "Encyclopedia › After the Russian Revolution › Head of the Red Army (spring 1918)")]
    [InlineData("1918", "Encyclopedia › After the Russian Revolution › 1918")]
    [InlineData("1919", "Encyclopedia › After the Russian Revolution › 1919")]
    [InlineData("1920", "Encyclopedia › After the Russian Revolution › 1920")]
    [InlineData("Assassination", "Encyclopedia › After the Russian Revolution › Assassination")]
    [InlineData("Trotsky in art", "Trotsky in art")]
    [InlineData("Selected works", "Selected works")]
    [InlineData("See also", "See also")]
    [InlineData("External links", "External links")]
    public void HeadingTree_HasExpectedPath(string title, string displayPath)
    {
        Assert.Equal(displayPath, corpus.SectionTitled(title).DisplayPath);
    }

    [Fact]
    public void HeadingTree_IsInReadingOrder_WithGlossaryLast()
    {
        var paths = corpus.Document.Sections.Select(s => s.DisplayPath).ToList();
        Assert.Equal(["Overview", "Quotations", "Encyclopedia", "Encyclopedia › Before the 1917 Revolution"], paths.Take(4));
        var firstGlossary = paths.FindIndex(p => p.StartsWith("Glossary › ", StringComparison.Ordinal));
        Assert.Equal("External links", paths[firstGlossary - 1]);
        Assert.All(paths.Skip(firstGlossary), p => Assert.StartsWith("Glossary › ", p));
        Assert.Equal(38, firstGlossary);
    }

    [Fact]
    public void SelectedWorks_IsKeptAsAnEmptySection()
    {
        Assert.Empty(corpus.SectionTitled("Selected works").Paragraphs);
    }

    [Fact]
    public void RepeatedOverview_AppearsOnce()
    {
        Assert.Single(corpus.ArticleParagraphs, p => p.Text.Contains("Trotsky was initially a supporter of the Menshevik Internationalists", StringComparison.Ordinal));
        Assert.Single(corpus.ArticleParagraphs, p => p.Text.Contains("Leon Trotsky born Lev Davidovich Bronshtein", StringComparison.Ordinal));
        var overview = corpus.SectionTitled("Overview");
        Assert.Equal(2, overview.Paragraphs.Count);
        var lead = corpus.SectionTitled("Encyclopedia").Paragraphs;
        Assert.Equal("He was a major figure in the Bolshevik victory in the Russian Civil War (1918–20). He was also among the first members of the Politburo.", lead[0].Text);
        Assert.Contains(lead, p => p.Text.StartsWith("As the head of the Fourth International", StringComparison.Ordinal));
    }

    [Fact]
    public void Quotations_StayWithTheirAttribution()
    {
        var quotations = corpus.SectionTitled("Quotations");
        Assert.Equal(SectionKind.Quotations, quotations.Kind);
        Assert.Equal(8, quotations.Paragraphs.Count);
        Assert.All(quotations.Paragraphs, p => Assert.Contains(" — ", p.Text));
        Assert.Contains(quotations.Paragraphs, p => p.Text == "A sledgehammer breaks glass but forges steel. — \"We do not change our course\" (1938)");
        Assert.Contains(quotations.Paragraphs, p => p.Text.StartsWith("The road to socialism lies through", StringComparison.Ordinal)
            && p.Text.EndsWith("— As quoted in Terrorism and Communism: A Reply to Karl Kautsky (1975), p. 177", StringComparison.Ordinal));
    }

    [Fact]
    public void BulletLists_SurviveAsListItems()
    {
        var art = corpus.SectionTitled("Trotsky in art").Paragraphs;
        Assert.Equal(18, art.Count);
        Assert.All(art, p => Assert.True(p.IsListItem && p.Text.StartsWith("• ", StringComparison.Ordinal), p.Text));
        Assert.Contains(art, p => p.Text == "• Trotsky is a well regarded political figure within Bolano's The Savage Detectives.");

        var seeAlso = corpus.SectionTitled("See also").Paragraphs;
        Assert.Equal(13, seeAlso.Count);
        Assert.Contains(seeAlso, p => p.Text == "• History of Russia, a series of articles.");

        var criticism = corpus.SectionTitled("After Lenin's death (1924)").Paragraphs.Where(p => p.IsListItem).ToList();
        Assert.Equal(3, criticism.Count);
        Assert.Equal("• Trotsky's disagreements and conflicts with Lenin and the Bolsheviks prior to 1917.", criticism[0].Text);
    }

    [Fact]
    public void SectionIds_AreUniqueStableAndUrlSafe()
    {
        var ids = corpus.Document.Sections.Select(s => s.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)+$", id));
        Assert.Equal("leon-trotsky/childhood-and-family-1879-1895", corpus.SectionTitled("Childhood and family (1879–1895)").Id);
        Assert.Equal("leon-trotsky/lenins-illness-1922-1923", corpus.SectionTitled("Lenin's illness (1922–1923)").Id);
        // "Fourth International" and "Permanent Revolution" are both article headings and glossary titles.
        Assert.Equal("leon-trotsky/fourth-international", corpus.SectionTitled("Fourth International").Id);
        Assert.Equal("glossary/fourth-international", corpus.GlossarySections.Single(s => s.Title == "Fourth International").Id);
    }

    [Fact]
    public void ScraperDebris_IsDropped()
    {
        Assert.DoesNotContain(corpus.ArticleParagraphs, p => p.Text.Trim() is "x" or "." or "");
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
