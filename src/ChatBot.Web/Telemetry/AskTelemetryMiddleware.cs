using System.Diagnostics;
using ChatBot.Core.Telemetry;

namespace ChatBot.Web.Telemetry;

/// <summary>
/// The question span of POST /api/ask: around the whole request, with the JSON reply's write as its "chatbot.send"
/// child (from the moment the response starts until the body is written).
/// </summary>
public sealed class AskTelemetryMiddleware(RequestDelegate next)
{
    private const string Channel = "api";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals("/api/ask", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        using var question = ChatBotTelemetry.StartQuestion(Channel);
        var started = Stopwatch.GetTimestamp();
        Activity? send = null;
        context.Response.OnStarting(() =>
        {
            send = ChatBotTelemetry.StartSend(Channel, 1, question);
            return Task.CompletedTask;
        });

        try
        {
            await next(context);
        }
        finally
        {
            send?.SetTag("http.response.status_code", context.Response.StatusCode);
            send?.Dispose();
            question?.SetTag("http.response.status_code", context.Response.StatusCode);
            ChatBotTelemetry.QuestionDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(ChatBotTelemetry.ChannelTag, Channel));
        }
    }
}
