using ChatBot.Core.Text;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Tests.Retrieval;

public sealed class Bm25IndexTests
{
    private static readonly string[] Documents =
    [
        "Trotsky founded the Red Army and led it through the civil war.",
        "The Red Army grew to five million soldiers by 1920. The army was huge.",
        "Trotsky was exiled to Alma-Ata in 1928.",
        "Stalin and Trotsky disagreed about the party.",
    ];

    [Fact]
    public void Search_RanksTheDocumentWithTheRareTermFirst()
    {
        var index = new Bm25Index(Documents);

        var hits = index.Search("Where was he exiled?");

        Assert.Equal(2, hits[0].Doc);
        Assert.Single(hits);
    }

    [Fact]
    public void Search_RareTermsOutweighCommonOnes()
    {
        var index = new Bm25Index(Documents);

        var hits = index.Search("trotsky army soldiers");

        // "soldiers" occurs once in the corpus; "trotsky" in three documents.
        Assert.Equal(1, hits[0].Doc);
        Assert.True(index.Idf("soldier") > index.Idf("trotski"));
    }

    [Fact]
    public void Search_ScoreFollowsTheBm25Formula()
    {
        var index = new Bm25Index(["alpha beta", "gamma"], k1: 1.2, b: 0.75);

        var score = index.Search("alpha").Single().Score;

        // N = 2, df = 1: idf = ln(1 + 1.5/1.5); |d| = 2, avgdl = 1.5 (alpha beta | gamma).
        var idf = Math.Log(2);
        var norm = 1.2 * (1 - 0.75 + (0.75 * 2 / 1.5));
        Assert.Equal(idf * 2.2 / (1 + norm), score, 10);
    }

    [Fact]
    public void Search_NoMatchingTerm_ReturnsNothing()
    {
        var index = new Bm25Index(Documents);

        Assert.Empty(index.Search("the of and"));
        Assert.Empty(index.Search("zeppelin"));
    }

    [Fact]
    public void Search_FilterExcludesDocuments()
    {
        var index = new Bm25Index(Documents);

        var hits = index.Search("trotsky", filter: doc => doc != 0);

        Assert.DoesNotContain(hits, h => h.Doc == 0);
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public void Search_AMisspeltWordFindsTheClosestIndexedWord()
    {
        var index = new Bm25Index(["He wrote his testament in February 1940.", "He wrote a history of the revolution."]);

        var hits = index.Search("when did he write his testement?");

        Assert.Equal(0, hits[0].Doc);
        Assert.Contains(TextAnalyzer.Stem("testament"), index.QueryTerms("testement"));
    }

    [Fact]
    public void QueryTerms_ShortUnknownWordsAreNotCorrected()
    {
        var index = new Bm25Index(["The Cheka arrested him."]);

        Assert.Equal(["chek"], index.QueryTerms("Chek"));
    }

    [Theory]
    [InlineData("testament", "testement", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("same", "same", 0)]
    public void EditDistance_CountsEdits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
    }
}
