using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChatBot.Deploy.Tests.Container;

/// <summary>Runs deploy/healthcheck.sh, exactly as the image's HEALTHCHECK does, against a listener on 127.0.0.1.</summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task Probe_HealthzAnswers200_ExitsZero_AndAskedForHealthz()
    {
        var (exitCode, request) = await ProbeAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("GET /healthz HTTP/1.1\r\n", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_IndexNotLoaded503_ExitsNonZero()
    {
        var (exitCode, _) = await ProbeAsync("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");

        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public async Task Probe_StatusWith200InReasonOnly_ExitsNonZero()
    {
        var (exitCode, _) = await ProbeAsync("HTTP/1.1 500 200\r\nContent-Length: 0\r\n\r\n");

        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public async Task Probe_NothingListening_ExitsNonZero()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        Assert.NotEqual(0, await RunProbeAsync(port));
    }

    private static async Task<(int ExitCode, string Request)> ProbeAsync(string response)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var buffer = new byte[1024];
            var received = new StringBuilder();
            while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var n = await stream.ReadAsync(buffer);
                if (n == 0)
                {
                    break;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, n));
            }

            await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
            return received.ToString();
        });

        var exitCode = await RunProbeAsync(port);
        return (exitCode, await server.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private static async Task<int> RunProbeAsync(int port)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(RepositoryFiles.PathOf("deploy", "healthcheck.sh"));
        start.Environment["HEALTHCHECK_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(timeout.Token);
        await drain;
        return process.ExitCode;
    }
}
