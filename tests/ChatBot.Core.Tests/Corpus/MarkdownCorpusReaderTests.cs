using ChatBot.Core.Corpus;

namespace ChatBot.Core.Tests.Corpus;

public sealed class MarkdownCorpusReaderTests
{
    private const string Text = """
        Intro before any heading.

        # Guide

        Welcome to the guide.
        It spans two lines.

        ## Install

        - first step
        - second step
          continued here

        ```
        # not a heading
        ```

        ## Use

        ### Advanced

        Deep text.

        Setext Title
        ============

        Under setext.
        """;

    private static CorpusDocument Read() => new MarkdownCorpusReader().Read("docs/My Guide.md", Text);

    [Fact]
    public void CanRead_TakesMarkdownFilesOnly()
    {
        var reader = new MarkdownCorpusReader();
        Assert.True(reader.CanRead("a/b.md", Text));
        Assert.True(reader.CanRead("B.MARKDOWN", Text));
        Assert.False(reader.CanRead("b.txt", Text));
    }

    [Fact]
    public void Read_TurnsHeadingsIntoASectionTree()
    {
        var doc = Read();
        Assert.Equal("Guide", doc.Title);
        Assert.Equal(
            ["My Guide", "Guide", "Guide › Install", "Guide › Use", "Guide › Use › Advanced", "Setext Title"],
            doc.Sections.Select(s => s.DisplayPath));
        Assert.All(doc.Sections, s => Assert.Equal(SectionKind.Article, s.Kind));
        Assert.Equal("docs/my-guide/advanced", doc.Sections.Single(s => s.Title == "Advanced").Id);
    }

    [Fact]
    public void Read_JoinsParagraphLines_AndKeepsLists()
    {
        var doc = Read();
        Assert.Equal("Welcome to the guide. It spans two lines.", Assert.Single(doc.Sections.Single(s => s.Title == "Guide").Paragraphs).Text);
        var install = doc.Sections.Single(s => s.Title == "Install").Paragraphs;
        Assert.Equal(["• first step", "• second step continued here", "# not a heading"], install.Select(p => p.Text));
        Assert.True(install[0].IsListItem);
        Assert.False(install[2].IsListItem);
        Assert.Empty(doc.Sections.Single(s => s.Title == "Use").Paragraphs);
    }

    [Fact]
    public void Read_TracesEveryCharacterToTheSourceCharacter()
    {
        const string source = "# Notes\n\nSee [the *guide*](https://example.org) and `run it`, then &amp; done.\n\n- an item\n  going on\n";
        var doc = new MarkdownCorpusReader().Read("notes.md", source);

        var paragraphs = doc.Sections.Single().Paragraphs;
        Assert.Equal(["See the guide and run it, then & done.", "• an item going on"], paragraphs.Select(p => p.Text));
        foreach (var paragraph in paragraphs)
        {
            var offsets = paragraph.CharOffsets!;
            for (var i = 0; i < paragraph.Text.Length; i++)
            {
                var ch = paragraph.Text[i];
                if (ch is not ' ' and not '•' and not '&')
                {
                    Assert.Equal(ch, source[offsets[i]]);
                }
            }
        }
    }

    [Fact]
    public void Read_RecordsSourceOffsets()
    {
        var doc = Read();
        var deep = doc.Sections.Single(s => s.Title == "Advanced").Paragraphs[0];
        Assert.Equal("Deep text.", Text[deep.Start..deep.End]);
    }
}
