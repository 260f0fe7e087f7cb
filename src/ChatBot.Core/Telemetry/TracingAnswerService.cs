using System.Diagnostics;
using System.Runtime.CompilerServices;
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
        using var activity = Start(question, history);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return Record(activity, await inner.AskAsync(question, history, cancellationToken).ConfigureAwait(false));
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

    /// <summary>The inner service's stream, under one answer span that ends with the final update.</summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, IReadOnlyList<string> history, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var activity = Start(question, history);
        var started = Stopwatch.GetTimestamp();
        var updates = inner.StreamAsync(question, history, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await MoveNextAsync(updates, activity).ConfigureAwait(false))
            {
                if (updates.Current.Answer is { } answer)
                {
                    Record(activity, answer);
                }

                yield return updates.Current;
            }
        }
        finally
        {
            await updates.DisposeAsync().ConfigureAwait(false);
            ChatBotTelemetry.AnswerDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    private static async Task<bool> MoveNextAsync(IAsyncEnumerator<AnswerUpdate> updates, Activity? activity)
    {
        try
        {
            return await updates.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    private Activity? Start(string question, IReadOnlyList<string> history)
    {
        var activity = ChatBotTelemetry.Source.StartActivity(ChatBotTelemetry.AnswerSpan);
        ChatBotTelemetry.Tag(activity, ChatBotTelemetry.HistoryTag, history.Count);
        if (includeQuestionText)
        {
            ChatBotTelemetry.Tag(activity, ChatBotTelemetry.QuestionTextTag, question);
        }

        return activity;
    }

    private static Answer Record(Activity? activity, Answer answer)
    {
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
}
