using System.Diagnostics;
using ChatBot.Core.Answering;

namespace ChatBot.Core.Telemetry;

/// <summary>
/// An <see cref="IAnswerService"/> decorator: a "chatbot.answer" span and the answer counters (answers, declines, model
/// fallbacks) and latency. The question text goes on the question span only when Telemetry:IncludeQuestionText is on.
/// </summary>
public sealed class TracingAnswerService(IAnswerService inner, bool includeQuestionText) : IAnswerService
{
    public async Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        using var activity = ChatBotTelemetry.Source.StartActivity(ChatBotTelemetry.AnswerSpan);
        var started = Stopwatch.GetTimestamp();
        ChatBotTelemetry.Tag(activity, ChatBotTelemetry.HistoryTag, history.Count);
        if (includeQuestionText)
        {
            ChatBotTelemetry.Tag(activity, ChatBotTelemetry.QuestionTextTag, question);
        }

        try
        {
            var answer = await inner.AskAsync(question, history, cancellationToken).ConfigureAwait(false);

            // Every fallback to the offline answerer carries a notice (model unavailable, or its answer unverifiable).
            var fallback = answer.Notice is not null;
            ChatBotTelemetry.Tag(activity, ChatBotTelemetry.DeclinedTag, !answer.Answered);
            ChatBotTelemetry.Tag(activity, ChatBotTelemetry.FallbackTag, fallback);
            (answer.Answered ? ChatBotTelemetry.Answers : ChatBotTelemetry.Declines).Add(1);
            if (fallback)
            {
                ChatBotTelemetry.ModelFallbacks.Add(1);
            }

            return answer;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            ChatBotTelemetry.AnswerDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }
}
