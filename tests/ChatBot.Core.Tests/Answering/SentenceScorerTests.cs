using ChatBot.Core.Answering;

namespace ChatBot.Core.Tests.Answering;

public sealed class SentenceScorerTests
{
    [Theory]
    [InlineData("who killed trotsky", "Person")]
    [InlineData("When did Trotsky move to France?", "Date")]
    [InlineData("On what date was Trotsky expelled?", "Date")]
    [InlineData("how big did the red army get? numbers pls", "Number")]
    [InlineData("Where is Trotsky buried?", "Place")]
    [InlineData("Why did Trotsky leave Vienna?", "Reason")]
    [InlineData("What slogan did Trotsky adopt?", "Any")]
    public void TypeOf_Question_IsTheKindOfAnswerAskedFor(string question, string expected)
    {
        Assert.Equal(expected, SentenceScorer.TypeOf(question).ToString());
    }

    [Fact]
    public void Score_SentenceHoldingTheAskedDate_RanksAboveOneThatOnlyRepeatsTheQuestion()
    {
        var passage = TestPassages.Make("p", "s", "S", "Trotsky moved to France as a war correspondent. He moved to France on 19 November 1914.");

        var ranked = new SentenceScorer("When did Trotsky move to France?", context: null).Score([passage]);

        Assert.Contains("19 November 1914", ranked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MisspelledQuestionWord_StillMatches()
    {
        var passages = new[] { TestPassages.Make("p", "s", "S", "Trotsky wrote a document known as his Testament."), TestPassages.Make("q", "t", "T", "Trotsky liked to hunt.") };

        var ranked = new SentenceScorer("when did trotsky write his testement?", context: null).Score(passages);

        Assert.Contains("Testament", ranked[0].Text, StringComparison.Ordinal);
        Assert.True(ranked[0].Coverage > 0.5);
    }

    [Fact]
    public void Score_GlossaryEntryNotNamedInTheQuestion_IsNoCandidate()
    {
        var glossary = TestPassages.Make("g", "g", "Martin Dies", "Martin Dies was a Texas politician. His father died in 1920.") with { Kind = ChatBot.Core.Corpus.SectionKind.Glossary };

        var ranked = new SentenceScorer("what did trotskys father die from?", context: null).Score([glossary]);

        Assert.Empty(ranked);
    }

    [Theory]
    [InlineData("whose guest was he there?", true)]
    [InlineData("who was she married to?", true)]
    [InlineData("When did Lenin die?", false)]
    public void ContextOf_FollowUp_LeansOnThePreviousQuestionOnlyWhenItRefersBack(string question, bool leansBack)
    {
        var context = FollowUpQuestion.ContextOf(question, ["Who let Trotsky into Norway?"]);

        Assert.Equal(leansBack, context is not null);
    }
}
