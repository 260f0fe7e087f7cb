using ChatBot.Core.Corpus;

namespace ChatBot.Core.Tests.Corpus;

public sealed class ScrapedEncyclopediaReaderRobustnessTests(RealCorpusFixture corpus) : IClassFixture<RealCorpusFixture>
{
    [Fact]
    public void Read_WithoutPageParts_PutsHeadingsAtTopLevel()
    {
        var text = string.Join('\n',
        [
            "Some Page",
            "",
            "Opening line about Lyon",
            "Lyon",
            "Lyon is a city in France.",
            "",
            ", a city.",
            "",
            "History",
            "",
            "It was founded by Roman",
            "Ancient Rome",
            "Ancient Rome was a civilisation.",
            "",
            "s long ago.",
            "Also near Vienne",
            "Vienne, Isère",
            "Vienne is a commune.",
            "",
            ".",
        ]);
        var reader = new ScrapedEncyclopediaReader();
        Assert.True(reader.CanRead("page.txt", text));

        var doc = reader.Read("page.txt", text);

        var article = doc.Sections.Where(s => s.Kind == SectionKind.Article).ToList();
        Assert.Equal(["page", "History"], article.Select(s => s.DisplayPath));
        Assert.Equal("Opening line about Lyon, a city.", article[0].Paragraphs.Single().Text);
        Assert.Equal(["It was founded by Romans long ago.", "Also near Vienne."], article[1].Paragraphs.Select(p => p.Text));
        Assert.Equal(["Lyon", "Ancient Rome", "Vienne, Isère"], doc.Sections.Where(s => s.Kind == SectionKind.Glossary).Select(s => s.Title));
    }

    [Fact]
    public void Read_TruncatedOrDamagedCorpus_NeverThrows_AndStaysTraceable()
    {
        // Cut the real file at many points and drop a band of lines: every result must still be well formed.
        var source = corpus.SourceText;
        var reader = new ScrapedEncyclopediaReader();
        for (var cut = 1; cut < source.Length; cut += source.Length / 11)
        {
            foreach (var text in new[] { source[..cut], source[cut..], source[..(cut / 2)] + source[cut..] })
            {
                var doc = reader.Read("cut.txt", text);
                foreach (var paragraph in doc.Sections.SelectMany(s => s.Paragraphs))
                {
                    Assert.False(string.IsNullOrWhiteSpace(paragraph.Text));
                    Assert.InRange(paragraph.Start, 0, text.Length - 1);
                    Assert.InRange(paragraph.End, paragraph.Start + 1, text.Length);
                }

                var ids = doc.Sections.Select(s => s.Id).ToList();
                Assert.Equal(ids.Count, ids.Distinct().Count());
            }
        }
    }

    [Fact]
    public void Read_WindowsLineEndings_GiveTheSameText()
    {
        var crlf = corpus.SourceText.Replace("\n", "\r\n", StringComparison.Ordinal);
        var doc = new ScrapedEncyclopediaReader().Read(RealCorpusFixture.FileName, crlf);
        Assert.Equal(
            corpus.Document.Sections.Select(s => (s.DisplayPath, string.Join("\n", s.Paragraphs.Select(p => p.Text)))),
            doc.Sections.Select(s => (s.DisplayPath, string.Join("\n", s.Paragraphs.Select(p => p.Text)))));
        var first = doc.Sections.Single(s => s.Title == "Childhood and family (1879–1895)").Paragraphs[0];
        Assert.StartsWith("Leon Trotsky was born", crlf[first.Start..]);
    }
}
