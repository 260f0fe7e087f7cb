using ChatBot.Core.Corpus;

namespace ChatBot.Core.Tests.Corpus.Formats;

public sealed class HtmlCorpusReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Harbour guide – Example site</title><style>p { color: red }</style>
        <script>var answer = "The harbour opened in 1999";</script></head>
        <body>
        <nav><a href="/">Home</a> · <a href="/about">About the harbour</a></nav>
        <h1>Harbour guide</h1>
        <p>The harbour of <b>Portville</b> opened in <em>1802</em>.</p>
        <h2>Moorings</h2>
        <ul><li>Forty berths</li><li>A slipway<br>for small boats</li></ul>
        <h3>Fees</h3>
        <div>Visitors pay &euro;20 a night.<script>document.write("hidden")</script></div>
        <noscript>Enable JavaScript</noscript>
        </body></html>
        """;

    private static CorpusDocument Read() => new HtmlCorpusReader().Read("guides/harbour.html", Page);

    [Fact]
    public void CanRead_TakesHtmlFiles()
    {
        Assert.True(new HtmlCorpusReader().CanRead("a.html", Page));
        Assert.True(new HtmlCorpusReader().CanRead("A.HTM", Page));
        Assert.False(new HtmlCorpusReader().CanRead("a.md", Page));
    }

    [Fact]
    public void Read_MapsH1ToH6ToSections_AndTheFirstH1ToTheTitle()
    {
        var document = Read();

        Assert.Equal("Harbour guide", document.Title);
        Assert.Equal(["Harbour guide", "Harbour guide › Moorings", "Harbour guide › Moorings › Fees"], document.Sections.Select(s => s.DisplayPath));
    }

    [Fact]
    public void Read_KeepsTheTextOfBlocks_AndDropsScriptStyleAndNav()
    {
        var document = Read();
        var all = string.Join("\n", document.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text));

        Assert.Equal("The harbour of Portville opened in 1802.", document.Sections[0].Paragraphs.Single().Text);
        Assert.Equal(["• Forty berths", "• A slipway for small boats"], document.Sections[1].Paragraphs.Select(p => p.Text));
        Assert.Equal("Visitors pay €20 a night.", document.Sections[2].Paragraphs.Single().Text);
        Assert.DoesNotContain("1999", all);
        Assert.DoesNotContain("About the harbour", all);
        Assert.DoesNotContain("hidden", all);
        Assert.DoesNotContain("color", all);
        Assert.DoesNotContain("JavaScript", all);
    }

    [Fact]
    public void Read_WithoutHeadings_UsesThePageTitle()
    {
        var document = new HtmlCorpusReader().Read("note.html", "<html><head><title>A note</title></head><body><p>Only text.</p></body></html>");

        Assert.Equal("A note", document.Title);
        Assert.Equal("note", Assert.Single(document.Sections).Title);
    }
}
