namespace ChatBot.Core.Answering;

/// <summary>Answers a question from the corpus, grounded and cited; shared by every channel.</summary>
public interface IAnswerService
{
    /// <param name="question">The user's question as typed.</param>
    /// <param name="history">Earlier user questions of the conversation, oldest first.</param>
    Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default);
}
