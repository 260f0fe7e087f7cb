using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Text;

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

    [Theory]
    [InlineData("wrote", "write")]
    [InlineData("written", "writes")]
    [InlineData("fled", "fleeing")]
    [InlineData("died", "death")]
    [InlineData("first", "1st")]
    public void Terms_IrregularFormsMeetTheirBaseWord(string form, string other)
    {
        Assert.Equal(TextAnalyzer.Terms(other), TextAnalyzer.Terms(form));
    }

    [Theory]
    [InlineData("murdered", "assassinated")]
    [InlineData("his birthday", "his birth")]
    [InlineData("they kicked out his allies", "they expelled his allies")]
    [InlineData("Stepped down", "resigned")]
    public void Terms_SynonymsAndPhrasesMeetOneTerm(string question, string text)
    {
        Assert.Equal(TextAnalyzer.Terms(text), TextAnalyzer.Terms(question));
    }

    [Fact]
    public void Terms_APhraseMarkedToKeepItsSecondWord_CountsBoth()
    {
        Assert.Equal([TextAnalyzer.Stem("return"), TextAnalyzer.Stem("back")], TextAnalyzer.Terms("when did he get back"));
    }

    [Fact]
    public void Analyze_PairsEveryTokenWithItsTermOrNull()
    {
        Assert.Equal(
            [("he", null), ("was", null), ("kicked", "expel"), ("out", null), ("in", null), ("1927", "1927")],
            TextAnalyzer.Analyze("He was kicked out in 1927").ToList());
    }

    [Fact]
    public void Tokens_SplitsOnPunctuation_KeepsNumbersWhole()
    {
        Assert.Equal(["trotsky", "s", "army", "1918", "1922"], TextAnalyzer.Tokens("Trotsky's army (1918–1922)"));
        Assert.Equal(["500000", "men"], TextAnalyzer.Tokens("500,000 men."));
    }

    [Fact]
    public void IsStopWord_ReadsTheDataFile()
    {
        Assert.True(TextAnalyzer.IsStopWord("the"));
        Assert.True(TextAnalyzer.IsStopWord("pls"));
        Assert.False(TextAnalyzer.IsStopWord("trotsky"));
    }

    [Fact]
    public void Paraphrases_AreTheTextsOtherWordings_NotTheQuestionsOwn()
    {
        var paraphrases = TextAnalyzer.Paraphrases("who murdered him");

        Assert.Contains("assassinated", paraphrases);
        Assert.DoesNotContain("murdered", paraphrases);
        Assert.Empty(TextAnalyzer.Paraphrases("who was Trygve Lie"));
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
