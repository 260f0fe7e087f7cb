using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Answering.Selection.Training;
using static ChatBot.Core.Tests.Answering.Selection.SelectionFixtures;

namespace ChatBot.Core.Tests.Answering.Selection;

public sealed class CandidateTests
{
    [Fact]
    public void Generator_EverySentenceAndEveryAdjacentPair()
    {
        var table = Table([Birth]);

        var candidates = Candidates(table, Birth);

        Assert.Equal(5, candidates.Count); // three sentences, two pairs
        Assert.Equal(3, candidates.Count(c => !c.IsPair));
        Assert.Contains(candidates, c => c.IsPair && c.Text.StartsWith("Leon Trotsky was born", StringComparison.Ordinal) && c.Text.EndsWith("prosperous farmer.", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_SentenceHoldingTheEvidence_IsTheOnlyPositive()
    {
        var input = Input(Birth, "born in Yanovka on 7 November 1879");

        var labels = EvidenceLabels.For(input, "born in Yanovka on 7 November 1879");

        var positive = Assert.Single(Enumerable.Range(0, labels.Length), i => labels[i]);
        Assert.False(input.Candidates[positive].IsPair);
    }

    [Fact]
    public void Labels_EvidenceAcrossTwoSentences_OnlyThePairHoldsIt()
    {
        var evidence = "offered asylum in France. He stayed first at Royan";
        var input = Input(Exile, evidence);

        var labels = EvidenceLabels.For(input, evidence);

        var positive = Assert.Single(Enumerable.Range(0, labels.Length), i => labels[i]);
        Assert.True(input.Candidates[positive].IsPair);
    }

    [Fact]
    public void Labels_NoEvidence_NoPositive()
    {
        Assert.DoesNotContain(true, EvidenceLabels.For(Input(Birth, string.Empty), string.Empty));
    }

    private static SelectorInput Input(ChatBot.Core.Indexing.Passage passage, string question)
    {
        var table = Table([passage]);
        var candidates = Candidates(table, passage);
        return new SelectorInput([], Question(question, table), table, candidates, new float[candidates.Count][]);
    }
}
