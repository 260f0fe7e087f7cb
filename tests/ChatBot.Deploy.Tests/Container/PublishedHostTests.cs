using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChatBot.Deploy.Tests.Container;

/// <summary>
/// What the image's build stage does, without Docker: deploy/publish.sh into a folder outside the repository,
/// then the host started from that folder must find its corpus and the shipped snapshot, turn healthy and serve the page's files.
/// Needs the CLI's `index` verb (retrieval) and the host's `/healthz` (bot): it fails until both are merged.
/// Takes about 1.5 minutes (two Release publishes and one indexing run).
/// </summary>
public sealed class PublishedHostTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("chatbot-publish-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    [Fact]
    public async Task PublishOutput_RunsFromItsFolder_WithTheShippedSnapshot_AndTurnsHealthy()
    {
        var publish = await RunToEndAsync("bash", [RepositoryFiles.PathOf("deploy", "publish.sh"), output], TimeSpan.FromMinutes(15));
        Assert.True(publish.ExitCode == 0, $"publish.sh failed:\n{Tail(publish.Output)}");

        var snapshotFolder = Path.Combine(output, ".chatbot", "index");
        Assert.True(File.Exists(Path.Combine(output, "ChatBot.Web.dll")));
        Assert.True(File.Exists(Path.Combine(output, "corpus", "leon-trotsky.txt")));
        var snapshot = Snapshot(snapshotFolder);
        Assert.NotEmpty(snapshot);

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = output, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("ChatBot.Web.dll");
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment.Remove("Index__Folder");
        var log = new StringBuilder();
        using var host = Process.Start(start)!;
        host.OutputDataReceived += (_, e) => Append(log, e.Data);
        host.ErrorDataReceived += (_, e) => Append(log, e.Data);
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            var healthy = await WaitForHealthyAsync(port, host, TimeSpan.FromSeconds(120));

            Assert.True(healthy, $"/healthz never answered 200.\n{Tail(log.ToString())}");
            Assert.Equal(snapshot, Snapshot(snapshotFolder)); // loaded as shipped, not rebuilt

            // The page's static files come from the publish folder's wwwroot, as in the container.
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            foreach (var file in new[] { "/webchat/app.js", "/lib/webchat.js", "/embed.js", "/webchat/sources.css" })
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}{file}"));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode}");
            }
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static async Task<bool> WaitForHealthyAsync(int port, Process host, TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !host.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow while loading.
            }

            await Task.Delay(500);
        }

        return false;
    }

    private static Dictionary<string, DateTime> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc)
            : [];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output)> RunToEndAsync(string file, string[] args, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryFiles.Root };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var log = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        process.WaitForExit(); // flush the asynchronous readers
        return (process.ExitCode, log.ToString());
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(30));
}
