using Azure.Monitor.OpenTelemetry.AspNetCore;
using ChatBot.Core.Answering;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Telemetry;
using ChatBot.Web.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChatBot.Web.Telemetry;

/// <summary>
/// OpenTelemetry for the host, on only when an exporter is configured the standard way: OTEL_EXPORTER_OTLP_ENDPOINT (or
/// the per-signal OTEL_EXPORTER_OTLP_TRACES/METRICS_ENDPOINT; protocol, headers, service name from the other OTEL_*
/// variables) for OTLP, APPLICATIONINSIGHTS_CONNECTION_STRING for Azure Monitor. Nothing configured: no SDK, no decorators.
/// </summary>
public static class TelemetryExtensions
{
    private static readonly string[] OtlpEndpoints = ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"];

    /// <summary>True when the configuration names an OTLP endpoint or an Application Insights connection string.</summary>
    public static bool IsTelemetryConfigured(IConfiguration configuration) =>
        OtlpEndpoints.Any(k => !string.IsNullOrWhiteSpace(configuration[k])) || !string.IsNullOrWhiteSpace(configuration[AzureMonitorKey]);

    private const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Call after the services it observes are registered (retrieval, answering, bot).</summary>
    public static WebApplicationBuilder AddChatBotTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.SectionName));
        if (!IsTelemetryConfigured(configuration))
        {
            return builder;
        }

        var includeQuestion = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.IncludeQuestionText ?? false;
        builder.Services.Decorate<IPassageRetriever>((_, inner) => new TracingPassageRetriever(inner));
        builder.Services.Decorate<IAnswerService>((_, inner) => new TracingAnswerService(inner, includeQuestion));
        builder.Services.Decorate<IBot>((_, inner) => new TracingBot(inner));

        var azure = !string.IsNullOrWhiteSpace(configuration[AzureMonitorKey]);
        var otlp = OtlpEndpoints.Any(k => !string.IsNullOrWhiteSpace(configuration[k]));
        var redis = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>()?.Provider == StateProvider.Redis;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService("chatbot");
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(ChatBotTelemetry.Name);
                if (redis)
                {
                    // Traces the registered IConnectionMultiplexer; only resolved when Redis holds the state.
                    tracing.AddRedisInstrumentation();
                }

                if (!azure)
                {
                    // The Azure Monitor distro adds its own ASP.NET Core and HttpClient instrumentation.
                    tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                }

                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ChatBotTelemetry.Name);
                if (!azure)
                {
                    metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        if (azure)
        {
            telemetry.UseAzureMonitor();
        }

        return builder;
    }

    /// <summary>Adds the question span of /api/ask (a no-op pass-through when telemetry is off).</summary>
    public static WebApplication UseChatBotTelemetry(this WebApplication app)
    {
        if (IsTelemetryConfigured(app.Configuration))
        {
            app.UseMiddleware<AskTelemetryMiddleware>();
        }

        return app;
    }
}
