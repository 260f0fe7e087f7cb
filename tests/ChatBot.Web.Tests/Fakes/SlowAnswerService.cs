using ChatBot.Core.Answering;

namespace ChatBot.Web.Tests.Fakes;

/// <summary>Answers like <paramref name="inner"/>, after <paramref name="delay"/>: a model that takes its time.</summary>
public sealed class SlowAnswerService(IAnswerService inner, TimeSpan delay) : IAnswerService
{
    public async Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        return await inner.AskAsync(question, history, cancellationToken);
    }
}
