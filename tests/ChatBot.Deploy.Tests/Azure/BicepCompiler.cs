using System.Diagnostics;
using System.Reflection;

namespace ChatBot.Deploy.Tests.Azure;

/// <summary>Runs the bicep binary that restore downloads (NuGet Azure.Bicep.CommandLine.linux-x64), offline.</summary>
internal static class BicepCompiler
{
    /// <summary>Path recorded at build time from $(NuGetPackageRoot).</summary>
    public static string BinaryPath { get; } = typeof(BicepCompiler).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value!;

    /// <summary>Compiles a .bicep file to ARM JSON; returns the exit code, the JSON and everything bicep wrote to stderr.</summary>
    public static async Task<(int ExitCode, string Json, string Diagnostics)> BuildAsync(string bicepFile)
    {
        // No skipping: the package is a PackageDownload of this project, so a missing binary is a broken build (CI must go red).
        Assert.True(File.Exists(BinaryPath), $"bicep not found at {BinaryPath}; run `dotnet restore tests/ChatBot.Deploy.Tests`.");

        var start = new ProcessStartInfo(BinaryPath) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "build", bicepFile, "--stdout" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var json = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await json, await diagnostics);
    }
}
