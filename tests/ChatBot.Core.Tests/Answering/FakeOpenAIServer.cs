using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ChatBot.Core.Tests.Answering;

/// <summary>
/// A minimal OpenAI-compatible chat completions endpoint on 127.0.0.1 for tests: each request gets the response the
/// script gives for its number (1-based). Stops when disposed.
/// </summary>
internal sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<int, string, Task<(HttpStatusCode Status, string Content)>> script;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int requests;

    public FakeOpenAIServer(Func<int, string, Task<(HttpStatusCode Status, string Content)>> script)
    {
        this.script = script;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public int Requests => Volatile.Read(ref requests);

    /// <summary>A chat completion response whose assistant message is <paramref name="content"/>.</summary>
    public static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Close();
        try
        {
            await loop;
        }
        catch (Exception)
        {
            // The listener was closed under a pending GetContextAsync: that is how the loop ends.
        }

        stop.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var context = await listener.GetContextAsync();
            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var (status, content) = await script(Interlocked.Increment(ref requests), body);
            var bytes = Encoding.UTF8.GetBytes(content);
            context.Response.StatusCode = (int)status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes, stop.Token);
            context.Response.Close();
        }
        catch (Exception)
        {
            // The client gave up (timeout) or the server is stopping; nothing to answer.
        }
    }
}
