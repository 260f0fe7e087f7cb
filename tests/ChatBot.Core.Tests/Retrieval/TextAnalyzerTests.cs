using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Tests.Retrieval;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Terms_FoldsCaseAndDiacritics_AndDropsStopWords()
    {
        var terms = TextAnalyzer.Terms("Where is the museum in Coyoacán?");

        Assert.Equal(["museum", "coyoacan"], terms);
    }

    [Fact]
    public void Terms_StemsInflectedFormsToTheSameTerm()
    {
        Assert.Equal(TextAnalyzer.Terms("replacing"), TextAnalyzer.Terms("replaced"));
        Assert.Equal(TextAnalyzer.Terms("revolutions"), TextAnalyzer.Terms("revolution"));
    }

    [Fact]
    public void Words_SplitsOnPunctuationAndKeepsNumbers()
    {
        Assert.Equal(["trotsky", "s", "army", "1918", "1922"], TextAnalyzer.Words("Trotsky's army (1918–1922)"));
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("relational", "relat")]
    [InlineData("generalization", "gener")]
    [InlineData("electricity", "electr")]
    [InlineData("adjustment", "adjust")]
    [InlineData("controlling", "control")]
    [InlineData("1917", "1917")]
    public void PorterStemmer_Stem_MatchesTheReferenceAlgorithm(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }
}
