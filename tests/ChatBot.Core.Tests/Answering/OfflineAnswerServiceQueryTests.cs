using ChatBot.Core.Text;
using ChatBot.Core.Answering;

namespace ChatBot.Core.Tests.Answering;

public sealed class OfflineAnswerServiceQueryTests
{
    private static readonly ChatBot.Core.Indexing.Passage Birth =
        TestPassages.Make("p", "childhood", "Childhood", "Leon Trotsky was born on 7 November 1879 in Yanovka.");

    [Fact]
    public async Task AskAsync_QuestionInOtherWordsThanTheText_SearchesForTheTextsWordingToo()
    {
        var retriever = new FakePassageRetriever([Birth]);

        var answer = await TestPassages.Offline(retriever).AskAsync("what was trotskys birthday", []);

        var query = Assert.Single(retriever.Queries);
        Assert.StartsWith("what was trotskys birthday", query, StringComparison.Ordinal);
        Assert.Contains("born", query.Split(' '));
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("7 November 1879", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_SearchParaphrasesOff_SearchesForTheQuestionAsAsked()
    {
        var retriever = new FakePassageRetriever([Birth]);

        await TestPassages.Offline(retriever, TestPassages.Options(o => o.SearchParaphrases = false)).AskAsync("what was trotskys birthday", []);

        Assert.Equal("what was trotskys birthday", Assert.Single(retriever.Queries));
    }

    [Theory]
    [InlineData("what was his birthday", "born")]
    [InlineData("what decoration did he get", "awarded")]
    [InlineData("why did he walk away from the mensheviks", "left")]
    public void Paraphrases_OfAQuestion_HoldTheTextsWordingAndNotTheQuestionsOwn(string question, string expected)
    {
        var paraphrases = TextAnalyzer.Paraphrases(question);

        Assert.Contains(expected, paraphrases);
        Assert.DoesNotContain(paraphrases, p => TextAnalyzer.Tokens(question).Contains(p));
    }

    [Fact]
    public void Paraphrases_QuestionWithNoWordInTheTables_AreNone()
    {
        Assert.Empty(TextAnalyzer.Paraphrases("who was Trygve Lie"));
    }
}
