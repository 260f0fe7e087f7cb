namespace ChatBot.Core.Tests.Answering.Selection;

/// <summary>`ask --explain` and `"explain": true` on /api/ask: what the offline answerer says about its own choice, on the real corpus and the committed model.</summary>
[Collection(RealCorpusCollection.Name)]
public sealed class ExplanationTests(RealCorpusAnsweringFixture fixture)
{
    [Fact]
    public async Task Explain_AnsweredQuestion_ListsTheChosenSentenceWithItsStrongestFeatures()
    {
        var (answer, why) = await fixture.Answerer.ExplainAsync("who killed trotsky", []);

        Assert.True(answer.Answered, answer.Text);
        Assert.True(why.Answered);
        Assert.Null(why.DeclineReason);
        Assert.Equal("Person", why.QuestionType);
        Assert.Equal(1.0, why.AnswerProbability + why.DeclineProbability, 3);
        Assert.True(why.AnswerProbability >= why.Threshold);
        Assert.NotEmpty(why.Chosen);
        var chosen = why.Chosen[0];
        Assert.Contains(chosen.Text, answer.Text.Replace("[1]", string.Empty, StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(ChatBot.Core.Answering.Selection.SelectionExplainer.TopContributions, chosen.Contributions.Count);
        Assert.All(chosen.Contributions, c => Assert.Contains(c.Feature, fixture.Selector.Settings.Features));
        Assert.NotEmpty(why.RunnersUp);
        Assert.All(why.RunnersUp, r => Assert.True(r.Probability <= why.Chosen.Max(c => c.Probability)));
    }

    [Fact]
    public async Task Explain_QuestionForAnInstanceOfANoun_SaysWhatItAsksFor()
    {
        var (_, why) = await fixture.Answerer.ExplainAsync("which hospital was trotsky taken to after the attack", []);

        Assert.Equal("hospital", why.AskedFor);
    }

    [Fact]
    public async Task Explain_SubjectTheTextNeverMentions_GivesTheReasonAndNoChosenSentence()
    {
        var (answer, why) = await fixture.Answerer.ExplainAsync("Who founded the Quellmark Observatory?", []);

        Assert.False(answer.Answered);
        Assert.False(why.Answered);
        Assert.Contains("quellmark", why.DeclineReason, StringComparison.Ordinal);
        Assert.Empty(why.Chosen);
        Assert.Null(why.AskedFor);
    }
}
