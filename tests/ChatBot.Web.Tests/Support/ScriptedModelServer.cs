using System.Net;
using System.Text.Json;
using ChatBot.Core.Answering.Replay;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Web.Tests.Support;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on 127.0.0.1 whose replies are a function of the request's last user
/// message: whole, or streamed (<c>"stream": true</c>) as server-sent chunks a word at a time, one every
/// <see cref="TokenDelay"/>; <see cref="BreakAfter"/> drops the connection after that many words.
/// </summary>
public sealed class ScriptedModelServer : IAsyncDisposable
{
    private readonly Func<string, string> reply;
    private WebApplication? app;
    private int calls;

    private ScriptedModelServer(Func<string, string> reply) => this.reply = reply;

    /// <summary>Base URL to configure as AI:Endpoint (ends in /v1).</summary>
    public string Endpoint { get; private set; } = "";

    public int Calls => Volatile.Read(ref calls);

    public TimeSpan TokenDelay { get; init; }

    public int? BreakAfter { get; init; }

    /// <summary>The prompts received, last user message of each.</summary>
    public List<string> Prompts { get; } = [];

    public static Task<ScriptedModelServer> StartAsync(Func<string, string> reply, TimeSpan tokenDelay = default, int? breakAfter = null) =>
        new ScriptedModelServer(reply) { TokenDelay = tokenDelay, BreakAfter = breakAfter }.StartAsync();

    private async Task<ScriptedModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.MapPost("/v1/chat/completions", HandleAsync);
        await app.StartAsync();
        Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref calls);
        using var request = await JsonDocument.ParseAsync(context.Request.Body);
        var prompt = request.RootElement.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString() ?? "";
        lock (Prompts)
        {
            Prompts.Add(prompt);
        }

        var text = reply(prompt);
        if (!request.RootElement.TryGetProperty("stream", out var stream) || !stream.GetBoolean())
        {
            await context.Response.WriteAsJsonAsync(new
            {
                id = "chatcmpl-scripted",
                @object = "chat.completion",
                created = 1_700_000_000,
                model = "scripted",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
            return;
        }

        context.Response.ContentType = "text/event-stream";
        var sent = 0;
        foreach (var token in ScriptedChatCompletionService.Tokens(text))
        {
            if (BreakAfter is { } limit && sent++ >= limit)
            {
                context.Abort();
                return;
            }

            if (TokenDelay > TimeSpan.Zero)
            {
                await Task.Delay(TokenDelay, context.RequestAborted);
            }

            await WriteChunkAsync(context, new { role = "assistant", content = token }, null);
        }

        await WriteChunkAsync(context, new { }, "stop");
        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
    }

    private static async Task WriteChunkAsync(HttpContext context, object delta, string? finish)
    {
        var chunk = JsonSerializer.Serialize(new
        {
            id = "chatcmpl-scripted",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model = "scripted",
            choices = new[] { new { index = 0, delta, finish_reason = finish } },
        });
        await context.Response.WriteAsync($"data: {chunk}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await app.StopAsync(stopping.Token);
            await app.DisposeAsync();
        }
    }
}
