using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Core.Tests.Embeddings;

/// <summary>An OpenAI-compatible /embeddings endpoint on 127.0.0.1 (random port) answering with deterministic vectors.</summary>
internal sealed class FakeEmbeddingServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public FakeEmbeddingServer(int dimensions)
    {
        Dimensions = dimensions;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/v1/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public int Dimensions { get; }

    public List<(string Path, string? Authorization, JsonNode? Body)> Requests { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync());
            lock (Requests)
            {
                Requests.Add((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
            }

            var inputs = body?["input"] switch
            {
                JsonArray array => array.Select(n => n!.GetValue<string>()).ToList(),
                JsonValue value => [value.GetValue<string>()],
                _ => [],
            };
            var data = inputs.Select((text, i) => new
            {
                @object = "embedding",
                index = i,
                embedding = Enumerable.Range(0, Dimensions).Select(d => (float)((text.Length + d) % 7) / 7f).ToArray(),
            });
            var response = JsonSerializer.SerializeToUtf8Bytes(new
            {
                @object = "list",
                data,
                model = body?["model"]?.GetValue<string>(),
                usage = new { prompt_tokens = inputs.Count, total_tokens = inputs.Count },
            });
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = response.Length;
            await context.Response.OutputStream.WriteAsync(response);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
