using ChatBot.Core.Answering;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatBot.Core.Tests.Answering;

public sealed class GenerativeAnswerServiceTests
{
    private readonly FakePassageRetriever retriever = new(TestPassages.Three);

    [Fact]
    public async Task AskAsync_ModelCitesPassages_ReturnsVerifiedAnswer()
    {
        var chat = new FakeChatCompletionService(_ => "Trotsky was born in Yanovka in 1879 [1]. He later escaped from Siberia [2].");

        var answer = await Service(chat).AskAsync("Where was Trotsky born?", []);

        Assert.True(answer.Answered);
        Assert.Null(answer.Notice);
        Assert.Equal("Trotsky was born in Yanovka in 1879 [1]. He later escaped from Siberia [2].", answer.Text);
        Assert.Equal(["p-birth", "p-escape"], answer.Citations.Select(c => c.PassageId));
    }

    [Fact]
    public async Task AskAsync_QuestionInOtherWordsThanTheText_SearchesForTheTextsWordingToo()
    {
        var chat = new FakeChatCompletionService(_ => "Trotsky was born in Yanovka in 1879 [1].");

        await Service(chat).AskAsync("What was Trotsky's birthday?", []);

        var query = Assert.Single(retriever.Queries);
        Assert.StartsWith("What was Trotsky's birthday?", query, StringComparison.Ordinal);
        Assert.Contains("born", query.Split(' '));
    }

    [Fact]
    public async Task AskAsync_FollowUp_CondensesWithHistoryAndSearchesTheStandaloneQuestion()
    {
        var chat = new FakeChatCompletionService(history =>
            history[0].Content!.Contains("standalone", StringComparison.OrdinalIgnoreCase)
                ? "Whose guest was Trotsky in Norway?"
                : "He went to London to join Lenin [2].");

        await Service(chat).AskAsync("whose guest was he there?", ["Who let Trotsky into Norway?"]);

        Assert.Equal(["Whose guest was Trotsky in Norway?"], retriever.Queries);
        Assert.Contains("- Who let Trotsky into Norway?", chat.Requests[0][1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ModelDeclines_ReturnsDeclineWithNearestSections()
    {
        var chat = new FakeChatCompletionService(_ => "I couldn't find that in the text.");

        var answer = await Service(chat).AskAsync("What did his father die of?", []);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.StartsWith(OfflineAnswerService.DeclineText, answer.Text, StringComparison.Ordinal);
        Assert.Contains("Encyclopedia › Childhood", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I couldn't find that in the text.")]
    [InlineData("\"I couldn't find that in the text.\"")]
    [InlineData("I couldn’t find that in the text")]
    [InlineData("I couldn't find that in the text. [1]")]
    [InlineData("  i couldn't find that in the text.\n")]
    public async Task AskAsync_ModelRepliesTheDeclineSentence_DeclinesUncitedWithNearestSections(string reply)
    {
        var chat = new FakeChatCompletionService(_ => reply);

        var answer = await Service(chat).AskAsync("What did his father die of?", []);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.Notice);
        Assert.StartsWith(DeclineSentence.Text + " The nearest sections I found: ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ModelDeclinesPartOfTheQuestion_KeepsTheCitedPartAndTheUncitedDecline()
    {
        var chat = new FakeChatCompletionService(_ => "Trotsky was born in Yanovka in 1879 [1]. I couldn't find that in the text.");

        var answer = await Service(chat).AskAsync("Where was Trotsky born, and what was his first word?", []);

        Assert.True(answer.Answered);
        Assert.Equal("Trotsky was born in Yanovka in 1879 [1]. I couldn't find that in the text.", answer.Text);
        Assert.Equal("p-birth", Assert.Single(answer.Citations).PassageId);
    }

    [Fact]
    public async Task AskAsync_PartialDeclineWhoseRestIsUnsupported_Declines()
    {
        var chat = new FakeChatCompletionService(_ => "Trotsky kept three cats in Vienna [1]. I couldn't find that in the text.");

        var answer = await Service(chat).AskAsync("Did Trotsky have pets?", []);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("The passages do not say where his father died.")]
    [InlineData("I could not find anything about his father's death.")]
    public async Task AskAsync_ModelDeclinesInOtherWords_IsNotTakenForTheDecline(string reply)
    {
        // Only the prompt's decline sentence is a decline: other wordings are claims the check cannot support.
        var chat = new FakeChatCompletionService(_ => reply);

        var answer = await Service(chat).AskAsync("Where was Trotsky born?", []);

        Assert.Equal(GenerativeAnswerService.UnverifiedNotice, answer.Notice);
        Assert.True(answer.Answered);
    }

    [Theory]
    [InlineData("Trotsky invented the telephone in 1925 [1].")]
    [InlineData("")]
    [InlineData("Trotsky kept three cats and a parrot in Vienna.")]
    public async Task AskAsync_NothingTheModelSaidIsSupported_AnswersOfflineWithNotice(string reply)
    {
        var chat = new FakeChatCompletionService(_ => reply);

        var answer = await Service(chat).AskAsync("Where was Trotsky born?", []);

        Assert.Equal(GenerativeAnswerService.UnverifiedNotice, answer.Notice);
        Assert.True(answer.Answered);
        Assert.Contains("Yanovka", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ModelThrows_AnswersOfflineWithNoticeAndNoExceptionText()
    {
        var chat = new FakeChatCompletionService((_, _) => throw new HttpOperationException("boom: internal server error"));

        var answer = await Service(chat).AskAsync("Where was Trotsky born?", []);

        Assert.Equal(GenerativeAnswerService.UnavailableNotice, answer.Notice);
        Assert.Contains("Yanovka in 1879 [1]", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("boom", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ModelSlowerThanTimeout_AnswersOfflineWithNotice()
    {
        var chat = new FakeChatCompletionService(async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), token);
            return "too late";
        });

        var answer = await Service(chat, timeoutSeconds: 0.3).AskAsync("Where was Trotsky born?", []);

        Assert.Equal(GenerativeAnswerService.UnavailableNotice, answer.Notice);
        Assert.True(answer.Answered);
    }

    [Fact]
    public async Task AskAsync_CallerCancels_Throws()
    {
        using var cancel = new CancellationTokenSource();
        var chat = new FakeChatCompletionService(async (_, token) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), token);
            return "too late";
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Service(chat).AskAsync("Where was Trotsky born?", [], cancel.Token));
    }

    [Fact]
    public async Task AskAsync_NoPassagesRetrieved_DeclinesWithoutCallingTheModel()
    {
        var chat = new FakeChatCompletionService(_ => "Trotsky was born in Yanovka [1].");
        var empty = new FakePassageRetriever([]);

        var answer = await Service(chat, retrieverOverride: empty).AskAsync("Where was Trotsky born?", []);

        Assert.False(answer.Answered);
        Assert.Empty(chat.Requests);
    }

    private GenerativeAnswerService Service(FakeChatCompletionService chat, double timeoutSeconds = 30, FakePassageRetriever? retrieverOverride = null)
    {
        var options = TestPassages.Options();
        var source = retrieverOverride ?? retriever;
        return new GenerativeAnswerService(
            chat.Kernel(),
            new FilePromptProvider(options),
            source,
            TestPassages.Verifier(options),
            TestPassages.Offline(source, options),
            Microsoft.Extensions.Options.Options.Create(new AiOptions { TimeoutSeconds = timeoutSeconds }),
            options,
            NullLogger<GenerativeAnswerService>.Instance);
    }
}
