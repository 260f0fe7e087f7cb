using System.Runtime.CompilerServices;

namespace ChatBot.Core.Answering;

/// <summary>Answers a question from the corpus, grounded and cited; shared by every channel.</summary>
public interface IAnswerService
{
    /// <param name="question">The user's question as typed.</param>
    /// <param name="history">Earlier user questions of the conversation, oldest first.</param>
    Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default);

    /// <summary>
    /// The answer as it is written: verified sentences one at a time, then the whole answer (always the last update).
    /// An answerer that does not stream (the offline one) gives the whole answer as its only update.
    /// </summary>
    IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default) =>
        WholeAnswerAsync(this, question, history, cancellationToken);

    private static async IAsyncEnumerable<AnswerUpdate> WholeAnswerAsync(IAnswerService service, string question, IReadOnlyList<string> history, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return AnswerUpdate.Final(await service.AskAsync(question, history, cancellationToken).ConfigureAwait(false));
    }
}
