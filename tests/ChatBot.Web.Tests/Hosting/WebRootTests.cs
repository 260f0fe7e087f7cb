using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ChatBot.Web.Tests.Support;

namespace ChatBot.Web.Tests.Hosting;

/// <summary>
/// The host's build output started from another working directory (as `dotnet src/ChatBot.Web/bin/…/ChatBot.Web.dll`
/// from the repository root, or from anywhere) still serves the page's static files.
/// </summary>
public sealed class WebRootTests : IDisposable
{
    private readonly string elsewhere = Directory.CreateTempSubdirectory("chatbot-cwd-").FullName;

    public void Dispose() => Directory.Delete(elsewhere, recursive: true);

    private static readonly (string Path, string Content)[] StaticFiles =
    [
        ("/webchat/app.js", "renderWebChat"),
        ("/webchat/app.css", "{"),
        ("/lib/webchat.js", "WebChat"),
        ("/embed.js", "iframe"),
        ("/webchat/sources.js", "p-"),
    ];

    [Fact]
    public async Task Static_files_are_served_when_the_build_output_is_started_from_another_directory()
    {
        var (host, log, port) = Start();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            Assert.True(await WaitListeningAsync(http, host), $"The host did not answer.\n{log}");

            foreach (var (path, content) in StaticFiles)
            {
                using var response = await http.GetAsync(path);

                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}\n{log}");
                Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            Assert.DoesNotContain("WebRootPath was not found", log.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            host.Dispose();
        }
    }

    private (Process Host, StringBuilder Log, int Port) Start()
    {
        // The configuration the tests run under (Debug or Release) is the one the host was built in beside them.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = RepositoryFiles.PathOf("src", "ChatBot.Web", "bin", configuration, "net10.0", "ChatBot.Web.dll");
        Assert.True(File.Exists(dll), $"No built host at {dll}");

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = elsewhere, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "exec", dll, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        // Production, as deployed; an empty corpus, so the host does not spend the machine's cores embedding one.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["AI__Provider"] = "Offline";
        start.Environment["Corpus__Folder"] = Directory.CreateDirectory(Path.Combine(elsewhere, "corpus")).FullName;
        start.Environment["Index__Folder"] = Path.Combine(elsewhere, "index");
        var log = new StringBuilder();
        var host = Process.Start(start)!;
        host.OutputDataReceived += (_, e) => Append(log, e.Data);
        host.ErrorDataReceived += (_, e) => Append(log, e.Data);
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        return (host, log, port);
    }

    private static async Task<bool> WaitListeningAsync(HttpClient http, Process host)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !host.HasExited)
        {
            try
            {
                using var page = await http.GetAsync("/");
                return page.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(250);
            }
        }

        return false;
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
