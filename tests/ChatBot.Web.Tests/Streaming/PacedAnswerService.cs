using System.Runtime.CompilerServices;
using ChatBot.Core.Answering;
using ChatBot.Web.Tests.Fakes;

namespace ChatBot.Web.Tests.Streaming;

/// <summary>
/// A model-backed answerer stand-in: streams "the text is being searched", then one cited sentence every
/// <paramref name="pace"/>, then the whole answer; asked whole, it gives that answer at once.
/// </summary>
public sealed class PacedAnswerService(int sentences, TimeSpan pace) : IAnswerService
{
    private static readonly Citation Source = FakeAnswerService.CitationFor(1, "Childhood and family (1879–1895)", "Leon Trotsky was born Lev Davidovich Bronshtein on 7 November 1879, in Yanovka.");

    public Answer Whole { get; } = new(string.Join(' ', Enumerable.Range(1, sentences).Select(Sentence)), true, [Source]);

    public static string Sentence(int n) => $"Sentence {n} of the answer says what the text says [1].";

    public Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default) => Task.FromResult(Whole);

    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, IReadOnlyList<string> history, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return AnswerUpdate.Searching;
        for (var n = 1; n <= sentences; n++)
        {
            await Task.Delay(pace, cancellationToken);
            yield return AnswerUpdate.Sentence(new CheckedSentence(Sentence(n), [Source], true));
        }

        yield return AnswerUpdate.Final(Whole);
    }
}
