using System.Collections.Concurrent;
using ChatBot.Core.Answering;

namespace ChatBot.Web.Tests.Fakes;

/// <summary>
/// Answers "born" questions with two cited sentences, "Norway" questions with one citation and a suggestion,
/// "throw" with an exception, and declines everything else; records every call.
/// </summary>
public sealed class FakeAnswerService : IAnswerService
{
    public const string Decline = "I couldn't find that in the text. The nearest sections are Exile and Assassination.";

    public ConcurrentQueue<(string Question, IReadOnlyList<string> History)> Calls { get; } = new();

    public static Citation CitationFor(int index, string title, string quote) => new(
        index,
        $"leon-trotsky/{title.ToLowerInvariant().Replace(' ', '-')}",
        $"Encyclopedia › Leon Trotsky › {title}",
        title,
        quote,
        "leon-trotsky.txt",
        100 * index,
        100 * index + quote.Length,
        $"/sources/leon-trotsky/{title.ToLowerInvariant().Replace(' ', '-')}#p{index}",
        $"p-{index}");

    public static Answer BornAnswer { get; } = new(
        "Trotsky was born Lev Davidovich Bronshtein on 7 November 1879 in Yanovka [1]. His father was a prosperous farmer [2].",
        true,
        [
            CitationFor(1, "Childhood and family (1879–1895)", "Leon Trotsky was born Lev Davidovich Bronshtein on 7 November 1879, in Yanovka or Yanivka, in the Kherson governorate of the Russian Empire."),
            CitationFor(2, "Childhood and family (1879–1895)", "He was the fifth child of David Leontyevich Bronstein, a wealthy farmer."),
        ]);

    public static Answer NorwayAnswer { get; } = new(
        "Justice Minister Trygve Lie gave Trotsky permission to enter Norway [1].",
        true,
        [CitationFor(1, "Exile", "Having obtained permission from then-Justice Minister Trygve Lie to enter the country, Trotsky became a guest of Konrad Knudsen.")])
    {
        SuggestedQuestions = ["Whose guest was he there?", "Why did he leave Norway?"],
    };

    public Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue((question, history.ToArray()));
        if (question.Contains("throw", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("secret-connection-string=hunter2 at FakeAnswerService.AskAsync");
        }

        var answer = question switch
        {
            _ when question.Contains("born", StringComparison.OrdinalIgnoreCase) => BornAnswer,
            _ when question.Contains("Norway", StringComparison.OrdinalIgnoreCase) => NorwayAnswer,
            _ => new Answer(Decline, false, []),
        };
        return Task.FromResult(answer);
    }
}
