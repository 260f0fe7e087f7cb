using ChatBot.Core.Feedback;

namespace ChatBot.Core.Tests.Feedback;

internal static class FeedbackRecords
{
    public static FeedbackRecord Of(string reaction, string? question, int minute = 0, string? comment = null, params string[] history) => new(
        new DateTimeOffset(2026, 12, 1, 10, minute, 0, TimeSpan.Zero),
        "msteams",
        "conversation-1",
        $"reply-{minute}",
        reaction,
        comment,
        question,
        history,
        question is null ? null : $"An answer to {question} [1].",
        true,
        [new FeedbackCitation(1, "p-1", "leon-trotsky/exile", "Encyclopedia › Exile", "Exile")]);
}
