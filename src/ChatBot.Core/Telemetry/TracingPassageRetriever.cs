using System.Diagnostics;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Telemetry;

/// <summary>An <see cref="IPassageRetriever"/> decorator: a "chatbot.retrieve" span with the number of passages, and the retrieval latency.</summary>
public sealed class TracingPassageRetriever(IPassageRetriever inner) : IPassageRetriever
{
    public async Task<IReadOnlyList<RetrievedPassage>> SearchAsync(string query, RetrievalMode? mode = null, int? top = null, CancellationToken cancellationToken = default)
    {
        using var activity = ChatBotTelemetry.Source.StartActivity(ChatBotTelemetry.RetrieveSpan);
        var started = Stopwatch.GetTimestamp();
        var results = await inner.SearchAsync(query, mode, top, cancellationToken).ConfigureAwait(false);
        ChatBotTelemetry.RetrievalDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        activity?.SetTag("chatbot.retrieval.mode", mode?.ToString());
        ChatBotTelemetry.Tag(activity, ChatBotTelemetry.PassagesTag, results.Count);
        return results;
    }
}
