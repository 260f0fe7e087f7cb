using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Core.Telemetry;
using ChatBot.Web.Tests.Reliability;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ChatBot.Web.Tests.Telemetry;

/// <summary>
/// The real offline host with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a local receiver: a question through /api/ask
/// and one through /api/messages each make one question span with retrieve, answer, verify and send children and the
/// count attributes, exported over OTLP, with the metrics. Spans of other hosts in the process are told apart by the
/// question text, which only this host puts on its spans (Telemetry:IncludeQuestionText).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class TelemetryTests : IAsyncLifetime
{
    // The exporters add from the SDK's export threads while a test reads: both sides take the collection's lock.
    private readonly LockedCollection<Activity> spans = new();
    private readonly LockedCollection<Metric> metrics = new();
    private OtlpReceiver receiver = null!;
    private ReplyRecorder channel = null!;
    private ReliabilityHost host = null!;

    public async Task InitializeAsync()
    {
        receiver = await OtlpReceiver.StartAsync();
        channel = await ReplyRecorder.StartAsync();
        host = new ReliabilityHost(
            new Dictionary<string, string?>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["OTEL_SERVICE_NAME"] = "chatbot-test",
                ["Telemetry:IncludeQuestionText"] = "true",
            },
            services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
            });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await channel.DisposeAsync();
        await receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_question_through_the_api_is_one_span_with_its_steps_and_counts_exported_over_otlp()
    {
        const string question = "Where was Trotsky born?";
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Flush();

        var root = QuestionSpan(question);
        Assert.Equal("api", root.GetTagItem(ChatBotTelemetry.ChannelTag));
        Assert.True((int)root.GetTagItem(ChatBotTelemetry.PassagesTag)! > 0);
        Assert.True((int)root.GetTagItem(ChatBotTelemetry.CitationsKeptTag)! >= 1);
        Assert.NotNull(root.GetTagItem(ChatBotTelemetry.CitationsDroppedTag));
        Assert.Equal(false, root.GetTagItem(ChatBotTelemetry.DeclinedTag));
        Assert.Equal(false, root.GetTagItem(ChatBotTelemetry.FallbackTag));
        var steps = Descendants(root).Select(s => s.OperationName).ToHashSet();
        Assert.Superset(new HashSet<string> { ChatBotTelemetry.AnswerSpan, ChatBotTelemetry.RetrieveSpan, ChatBotTelemetry.VerifySpan, ChatBotTelemetry.SendSpan }, steps);

        var traces = receiver.Received("traces");
        foreach (var name in new[] { "chatbot.question", "chatbot.retrieve", "chatbot.answer", "chatbot.verify", "chatbot.send", "chatbot.citations.kept", "chatbot-test" })
        {
            Assert.Contains(name, traces);
        }

        var exported = receiver.Received("metrics");
        Assert.Contains("chatbot.answers", exported);
        Assert.Contains("chatbot.question.duration", exported);
        Assert.Contains("chatbot.retrieval.duration", exported);
        Assert.Contains(metrics.Snapshot(), m => m.Name == "chatbot.answers");
    }

    [Fact]
    public async Task A_question_through_the_bot_is_one_span_whose_reply_is_a_send_span()
    {
        const string question = "Who let Trotsky into Norway?";
        using var client = host.CreateClient();
        var message = HttpJson.Message("telemetry-1", "telemetry-conversation", question, channel.ServiceUrl);

        using var response = await client.PostAsync("/api/messages", HttpJson.Json(message));
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        await channel.ReplyTo("telemetry-1").WaitAsync(TimeSpan.FromSeconds(60));
        Flush();

        var root = QuestionSpan(question);
        Assert.Equal("webchat", root.GetTagItem(ChatBotTelemetry.ChannelTag));
        var sends = Descendants(root).Where(s => s.OperationName == ChatBotTelemetry.SendSpan).ToList();
        Assert.NotEmpty(sends);
        Assert.Contains(Descendants(root), s => s.OperationName == ChatBotTelemetry.AnswerSpan);
        // The reply's POST to the channel is an HttpClient span under the send span.
        Assert.Contains(spans.Snapshot(), s => s.Kind == ActivityKind.Client && sends.Any(send => s.ParentSpanId == send.SpanId) && s.Source.Name.Contains("Http", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_decline_is_counted_and_marked_on_its_span()
    {
        const string question = "What is the airspeed velocity of an unladen swallow?";
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question });
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(answer.RootElement.GetProperty("answered").GetBoolean());
        Flush();

        Assert.Equal(true, QuestionSpan(question).GetTagItem(ChatBotTelemetry.DeclinedTag));
        Assert.Contains(metrics.Snapshot(), m => m.Name == "chatbot.declines");
    }

    private void Flush()
    {
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    private Activity QuestionSpan(string question) =>
        Assert.Single(spans.Snapshot(), s => s.OperationName == ChatBotTelemetry.QuestionSpan && (string?)s.GetTagItem(ChatBotTelemetry.QuestionTextTag) == question);

    private List<Activity> Descendants(Activity root)
    {
        var all = spans.Snapshot().Where(s => s.TraceId == root.TraceId).ToList();
        var result = new List<Activity>();
        var frontier = new Queue<ActivitySpanId>([root.SpanId]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in all.Where(s => s.ParentSpanId == parent))
            {
                result.Add(child);
                frontier.Enqueue(child.SpanId);
            }
        }

        return result;
    }
}

/// <summary>A collection whose adds and copies are serialised, for exporters that add from other threads.</summary>
internal sealed class LockedCollection<T> : System.Collections.ObjectModel.Collection<T>
{
    public List<T> Snapshot()
    {
        lock (Items)
        {
            return [.. Items];
        }
    }

    protected override void InsertItem(int index, T item)
    {
        lock (Items)
        {
            base.InsertItem(index, item);
        }
    }

    protected override void ClearItems()
    {
        lock (Items)
        {
            base.ClearItems();
        }
    }
}
