using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Tests.Retrieval;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Fuse_SumsWeightedReciprocalRanks()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([(["a", "b", "c"], 1.0), (["c", "a"], 2.0)], k: 10);

        var scores = fused.ToDictionary(f => f.Key, f => f.Score);
        Assert.Equal((1.0 / 11) + (2.0 / 12), scores["a"], 12);
        Assert.Equal(1.0 / 12, scores["b"], 12);
        Assert.Equal((1.0 / 13) + (2.0 / 11), scores["c"], 12);
        Assert.Equal(["c", "a", "b"], fused.Select(f => f.Key));
    }

    [Fact]
    public void Fuse_ADocumentInBothListsBeatsOneTopOfOnlyOne()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([(["x", "both"], 1.0), (["y", "both"], 1.0)], k: 60);

        Assert.Equal("both", fused[0].Key);
    }

    [Fact]
    public void Fuse_TiesKeepFirstSeenOrder()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([(["p"], 1.0), (["q"], 1.0)]);

        Assert.Equal(["p", "q"], fused.Select(f => f.Key));
    }
}
