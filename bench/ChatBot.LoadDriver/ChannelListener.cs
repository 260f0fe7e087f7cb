using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.LoadDriver;

/// <summary>
/// Stands in for a Bot Framework channel: the serviceUrl of every activity the driver sends. It receives the bot's
/// replies (POST /v3/conversations/{conversation}/activities[/{replyTo}]) on 127.0.0.1 and completes the waiter of
/// the activity each message reply answers, so latency is measured from request to the reply's arrival.
/// </summary>
internal sealed class ChannelListener : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> waiting = new(StringComparer.Ordinal);
    private WebApplication? app;
    private long received;
    private long unmatched;

    /// <summary>The base URL to put in activities' serviceUrl.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every activity the bot sent (typing indicators included).</summary>
    public long Received => Interlocked.Read(ref received);

    /// <summary>Message replies that named no activity the driver is waiting for.</summary>
    public long Unmatched => Interlocked.Read(ref unmatched);

    public async Task StartAsync()
    {
        (app, var url) = await LoopbackServer.StartAsync(a => a.MapPost("/v3/conversations/{conversation}/activities/{replyTo?}", ReceiveAsync));
        ServiceUrl = url;
    }

    /// <summary>A task completed with the reply text of the first message answering <paramref name="activityId"/>.</summary>
    public Task<string> Expect(string activityId)
    {
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[activityId] = source;
        return source.Task;
    }

    public void Forget(string activityId) => waiting.TryRemove(activityId, out _);

    private async Task<IResult> ReceiveAsync(HttpRequest request, string conversation, string? replyTo)
    {
        Interlocked.Increment(ref received);
        using var activity = await JsonDocument.ParseAsync(request.Body);
        var root = activity.RootElement;
        var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
        replyTo ??= root.TryGetProperty("replyToId", out var r) ? r.GetString() : null;
        if (type == "message")
        {
            var text = root.TryGetProperty("text", out var x) ? x.GetString() ?? "" : "";
            if (replyTo is not null && waiting.TryRemove(replyTo, out var source))
            {
                source.TrySetResult(text);
            }
            else
            {
                Interlocked.Increment(ref unmatched);
            }
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    public ValueTask DisposeAsync() => LoopbackServer.StopAsync(app);
}
