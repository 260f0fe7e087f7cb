using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatBot.LoadDriver;

/// <summary>The host under test: started by the driver from its build output on a free 127.0.0.1 port, or one already running.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process? process;

    private HostProcess(string baseUrl, Process? process)
    {
        BaseUrl = baseUrl;
        this.process = process;
    }

    public string BaseUrl { get; }

    /// <summary>Resident set size of the host in bytes, when the driver started it (or the URL is local and the pid is unknown: null).</summary>
    public long? Rss()
    {
        if (process is null || process.HasExited)
        {
            return null;
        }

        process.Refresh();
        return process.WorkingSet64;
    }

    /// <param name="environment">Extra environment variables of a host the driver starts (e.g. Corpus__Folder).</param>
    public static async Task<HostProcess> StartOrAttachAsync(LoadDriverOptions options, HttpClient http, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (options.Url is { } url)
        {
            await WaitReadyAsync(http, url, null);
            return new HostProcess(url, null);
        }

        var dll = options.HostDll ?? FindHostDll();
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", ["exec", dll, "--urls", baseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Offline answerer; every request comes from one address, so the per-client limit of /api/ask is lifted
        // (the bot's per-conversation limit stays: the driver starts a new conversation every few questions).
        start.Environment["AI__Provider"] = "Offline";
        start.Environment["Api__AskPerMinutePerClient"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"[host] {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(baseUrl, process);
        await WaitReadyAsync(http, baseUrl, process);
        return host;
    }

    private static async Task WaitReadyAsync(HttpClient http, string baseUrl, Process? process)
    {
        // /healthz answers 200 only once the index is loaded.
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await http.GetAsync($"{baseUrl}/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{baseUrl}/healthz did not answer 200 within 5 minutes.");
    }

    private static string FindHostDll()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var configuration in new[] { "Release", "Debug" })
            {
                var candidate = Path.Combine(dir.FullName, "src", "ChatBot.Web", "bin", configuration, "net10.0", "ChatBot.Web.dll");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("No built host found; run `dotnet build -c Release src/ChatBot.Web` or pass --host-dll or --url.");
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
    }
}
