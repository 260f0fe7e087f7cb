using Microsoft.Extensions.Hosting;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Web.Tests.Reliability;

/// <summary>An OpenAI-compatible chat endpoint on 127.0.0.1 that fails in one chosen way, counting the calls it gets.</summary>
public sealed class FakeModelServer : IAsyncDisposable
{
    private readonly FakeModelMode mode;
    private WebApplication? app;
    private int calls;

    private FakeModelServer(FakeModelMode mode) => this.mode = mode;

    /// <summary>Base URL to configure as AI:Endpoint (ends in /v1).</summary>
    public string Endpoint { get; private set; } = "";

    public int Calls => Volatile.Read(ref calls);

    public static async Task<FakeModelServer> StartAsync(FakeModelMode mode)
    {
        var server = new FakeModelServer(mode);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        server.app = builder.Build();
        server.app.MapPost("/v1/chat/completions", server.HandleAsync);
        await server.app.StartAsync();
        server.Endpoint = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref calls);
        switch (mode)
        {
            case FakeModelMode.ServerError:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsync("{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}");
                break;
            case FakeModelMode.TooManyRequests:
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                await context.Response.WriteAsync("{\"error\":{\"message\":\"rate limited\",\"type\":\"rate_limit_exceeded\"}}");
                break;
            case FakeModelMode.Stall:
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up, as it should.
                }

                break;
            case FakeModelMode.Disconnect:
                context.Abort();
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(1)); // stalled calls are cut off
            await app.StopAsync(stopping.Token);
            await app.DisposeAsync();
        }
    }
}
