using System.Collections.Concurrent;
using ChatBot.Core.Answering;

namespace ChatBot.Web.Tests.Reliability;

/// <summary>Answers every question by echoing it, and records the history the bot passed with it.</summary>
public sealed class RecordingAnswerService : IAnswerService
{
    public ConcurrentDictionary<string, IReadOnlyList<string>> HistoryByQuestion { get; } = new(StringComparer.Ordinal);

    public async Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        // A little latency, so concurrent turns of different conversations really overlap.
        await Task.Delay(Random.Shared.Next(1, 15), cancellationToken);
        HistoryByQuestion[question] = [.. history];
        return new Answer($"You asked: {question}", false, []);
    }
}
