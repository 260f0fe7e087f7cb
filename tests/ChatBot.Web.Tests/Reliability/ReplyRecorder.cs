using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Web.Tests.Reliability;

/// <summary>
/// A Bot Framework channel stand-in on 127.0.0.1: the serviceUrl of the activities a test sends. Records every activity
/// the bot posts back, by conversation, and lets a test wait for the message reply to one of its activities.
/// </summary>
public sealed class ReplyRecorder : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Conversation, JsonElement Activity)> received = new();
    private WebApplication? app;

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyCollection<(string Conversation, JsonElement Activity)> Received => received;

    public static async Task<ReplyRecorder> StartAsync()
    {
        var recorder = new ReplyRecorder();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        recorder.app = builder.Build();
        recorder.app.MapPost("/v3/conversations/{conversation}/activities/{replyTo?}", recorder.ReceiveAsync);
        await recorder.app.StartAsync();
        recorder.ServiceUrl = recorder.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return recorder;
    }

    /// <summary>The first message activity the bot sends in reply to <paramref name="activityId"/>.</summary>
    public Task<JsonElement> ReplyTo(string activityId) =>
        waiting.GetOrAdd(activityId, _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task<IResult> ReceiveAsync(HttpRequest request, string conversation, string? replyTo)
    {
        using var document = await JsonDocument.ParseAsync(request.Body);
        var activity = document.RootElement.Clone();
        received.Enqueue((Uri.UnescapeDataString(conversation), activity));
        replyTo ??= activity.TryGetProperty("replyToId", out var r) ? r.GetString() : null;
        if (replyTo is not null && activity.TryGetProperty("type", out var type) && type.GetString() == "message")
        {
            waiting.GetOrAdd(replyTo, _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(activity);
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
