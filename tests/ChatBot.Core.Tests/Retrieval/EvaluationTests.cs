using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Tests.Retrieval;

public sealed class EvaluationTests
{
    [Fact]
    public void RankingMetrics_FromFirstHitRanks_ComputesRecallAndMrr()
    {
        var metrics = RankingMetrics.FromFirstHitRanks([1, 2, 5, 6, null]);

        Assert.Equal(5, metrics.Queries);
        Assert.Equal(0.2, metrics.RecallAt1, 10);
        Assert.Equal(0.6, metrics.RecallAt5, 10);
        Assert.Equal((1 + 0.5 + 0.2 + (1.0 / 6)) / 5, metrics.Mrr, 10);
    }

    [Fact]
    public void RankingMetrics_NoQueries_AreZero()
    {
        Assert.Equal(new RankingMetrics(0, 0, 0, 0), RankingMetrics.FromFirstHitRanks([]));
    }

    private static Passage Passage(SectionKind kind, params string[] path) => new("id", "s", path, kind, "text", "f.txt", 0, 4);

    [Fact]
    public void GoldSectionMatcher_MatchesTheDeepestHeading()
    {
        var passage = Passage(SectionKind.Article, "Encyclopedia", "Before the 1917 Revolution", "Childhood and family (1879–1895)");

        Assert.True(GoldSectionMatcher.IsHit(passage, ["Childhood and family (1879–1895)"]));
        Assert.False(GoldSectionMatcher.IsHit(passage, ["Before the 1917 Revolution"]));
    }

    [Fact]
    public void GoldSectionMatcher_GlossaryGoldMatchesOnlyGlossaryEntries()
    {
        var glossary = Passage(SectionKind.Glossary, "Glossary", "Mezhraiontsy");
        var article = Passage(SectionKind.Article, "Encyclopedia", "Mezhraiontsy");

        Assert.True(GoldSectionMatcher.IsHit(glossary, ["glossary:Mezhraiontsy"]));
        Assert.False(GoldSectionMatcher.IsHit(article, ["glossary:Mezhraiontsy"]));
        Assert.False(GoldSectionMatcher.IsHit(glossary, ["Mezhraiontsy"]));
    }

    [Fact]
    public void EvalItem_SearchQuery_ExpandsFollowUps()
    {
        var item = new EvalItem("d1", "who plays the lead?", "followup", "", [], ["Trotsky in art"], "") { History = ["What is the 2010 film The Trotsky about?"] };

        Assert.Equal("What is the 2010 film The Trotsky about? who plays the lead?", item.SearchQuery);
        Assert.False(item.IsUnanswerable);
    }
}
