using System.Net.Http.Json;
using ChatBot.Core.Answering;
using ChatBot.Core.Telemetry;
using ChatBot.Web.Tests.Reliability;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace ChatBot.Web.Tests.Telemetry;

[Collection(ReliabilityCollection.Name)]
public sealed class TelemetryConfigurationTests
{
    [Fact]
    public async Task With_no_exporter_configured_there_is_no_sdk_and_no_decorator()
    {
        await using var host = new ReliabilityHost();

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.IsNotType<TracingAnswerService>(host.Services.GetRequiredService<IAnswerService>());
    }

    [Fact]
    public async Task With_an_application_insights_connection_string_the_host_starts_and_answers()
    {
        // Azure is not reachable here: the ingestion endpoint is a closed local port, so only the wiring is checked.
        await using var host = new ReliabilityHost(new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        });
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question = "Where is Trotsky buried?" });

        Assert.True(response.IsSuccessStatusCode);
        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.IsType<TracingAnswerService>(host.Services.GetRequiredService<IAnswerService>());
    }

    [Fact]
    public async Task By_default_the_question_text_is_not_exported()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var host = new ReliabilityHost(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question = "Where is Trotsky buried?" });
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();

        var traces = receiver.Received("traces");
        Assert.Contains(ChatBotTelemetry.QuestionSpan, traces);
        Assert.DoesNotContain("buried", traces);
        Assert.DoesNotContain(ChatBotTelemetry.QuestionTextTag, traces);
    }
}
