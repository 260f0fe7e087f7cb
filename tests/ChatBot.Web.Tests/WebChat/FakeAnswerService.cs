using ChatBot.Core.Answering;

namespace ChatBot.Web.Tests.WebChat;

/// <summary>Answers "born" questions with one citation of the fake catalog's passage; declines everything else.</summary>
public sealed class FakeAnswerService : IAnswerService
{
    public const string SectionId = "leon-trotsky/childhood-and-family";
    public const string PassageId = "pass-born";
    public const string Decline = "I could not find that in the sources I have.";

    public Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        if (!question.Contains("born", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(new Answer(Decline, false, []));
        }

        var citation = new Citation(
            1,
            SectionId,
            "Encyclopedia › Childhood and family",
            "Childhood and family",
            "Trotsky was born in Yanovka, in the Kherson governorate.",
            "leon-trotsky.txt",
            10,
            70,
            $"/sources/{SectionId}#p-{PassageId}",
            PassageId);
        return Task.FromResult(new Answer("Trotsky was born in Yanovka, in the Kherson governorate [1].", true, [citation])
        {
            SuggestedQuestions = ["Who were his parents?"],
        });
    }
}
