using ChatBot.Core.Corpus;

namespace ChatBot.Core.Tests.Corpus;

public sealed class SourceLinksTests
{
    [Theory]
    [InlineData("leon-trotsky/exile", "/sources/leon-trotsky/exile")]
    [InlineData("leon-trotsky/childhood-(1879–1895)", "/sources/leon-trotsky/childhood-%281879%E2%80%931895%29")]
    [InlineData("a b/c?d#e", "/sources/a%20b/c%3Fd%23e")]
    public void Section_EscapesEachSegmentAndKeepsTheSlashes(string sectionId, string expected) =>
        Assert.Equal(expected, SourceLinks.Section(sectionId));

    [Fact]
    public void Passage_AnchorsThePassageIdEscaped() =>
        Assert.Equal("/sources/leon-trotsky/exile#p-p%2F3", SourceLinks.Passage("leon-trotsky/exile", "p/3"));

    [Theory]
    [InlineData(null, "/sources/x")]
    [InlineData("", "/sources/x")]
    [InlineData("https://bot.example.org", "https://bot.example.org/sources/x")]
    [InlineData("https://bot.example.org/chat/", "https://bot.example.org/chat/sources/x")]
    public void Under_PutsThePathBelowTheBase(string? baseUrl, string expected) =>
        Assert.Equal(expected, SourceLinks.Under(baseUrl, "/sources/x"));
}
