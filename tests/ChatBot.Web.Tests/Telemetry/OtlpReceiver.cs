using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Web.Tests.Telemetry;

/// <summary>
/// A local OTLP/HTTP receiver on 127.0.0.1: keeps the protobuf body of every export to /v1/traces and /v1/metrics.
/// Names and attribute keys are plain UTF-8 inside protobuf, so a test can look for them without decoding.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> exports = new();
    private WebApplication? app;

    public string Endpoint { get; private set; } = "";

    public static async Task<OtlpReceiver> StartAsync()
    {
        var receiver = new OtlpReceiver();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        receiver.app = builder.Build();
        receiver.app.MapPost("/v1/{signal}", async (HttpRequest request, string signal) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver.exports.Enqueue((signal, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        await receiver.app.StartAsync();
        receiver.Endpoint = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver;
    }

    /// <summary>Everything exported for <paramref name="signal"/> ("traces", "metrics") as one Latin-1 string to search in.</summary>
    public string Received(string signal) =>
        string.Concat(exports.Where(e => e.Signal == signal).Select(e => System.Text.Encoding.Latin1.GetString(e.Body)));

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
