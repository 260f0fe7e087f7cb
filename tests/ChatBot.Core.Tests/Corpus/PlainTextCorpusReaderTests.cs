using ChatBot.Core.Corpus;

namespace ChatBot.Core.Tests.Corpus;

public sealed class PlainTextCorpusReaderTests
{
    [Fact]
    public void Read_PutsParagraphsUnderOneSectionNamedAfterTheFile()
    {
        const string text = "First paragraph,\r\nwrapped.\r\n\r\n\r\nSecond  paragraph.\r\n\r\n• a bullet\r\n";
        var doc = new PlainTextCorpusReader().Read("notes/history notes.txt", text);

        var section = Assert.Single(doc.Sections);
        Assert.Equal("history notes", doc.Title);
        Assert.Equal(["history notes"], section.Path);
        Assert.Equal("notes/history-notes/history-notes", section.Id);
        Assert.Equal(["First paragraph, wrapped.", "Second paragraph.", "• a bullet"], section.Paragraphs.Select(p => p.Text));
        Assert.True(section.Paragraphs[2].IsListItem);
        Assert.Equal("Second  paragraph.", text[section.Paragraphs[1].Start..section.Paragraphs[1].End]);
    }

    [Fact]
    public void CanRead_TakesTxtFilesOnly()
    {
        var reader = new PlainTextCorpusReader();
        Assert.True(reader.CanRead("a.TXT", "x"));
        Assert.False(reader.CanRead("a.md", "x"));
    }
}
