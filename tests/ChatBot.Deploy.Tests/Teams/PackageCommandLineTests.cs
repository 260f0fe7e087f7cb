using System.Diagnostics;
using ChatBot.Deploy.Teams.Manifest;
using ChatBot.Deploy.Teams.Packaging;

namespace ChatBot.Deploy.Tests.Teams;

public sealed class PackageCommandLineTests
{
    private const string AppId = "5b0c6a1e-8d2f-4c4e-9a3b-2f1d7e6c5a40";
    private const string BotId = "0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b";

    [Fact]
    public void Parse_AllRequiredOptions_GivesRequestWithDefaults()
    {
        var (request, errors) = PackageCommandLine.Parse(["--app-id", AppId, "--bot-id", BotId, "--domain", "Bot.Example.com"]);

        Assert.Empty(errors);
        Assert.NotNull(request);
        Assert.Equal("bot.example.com", request.Domain);
        Assert.Equal(Path.Combine("artifacts", "chatbot-teams.zip"), request.OutputPath);
        Assert.Equal(Guid.Parse(BotId), request.BotId);
        Assert.Equal(ManifestSchema.ShippedPath, request.SchemaPath);
    }

    [Fact]
    public void Parse_SchemaGiven_IsTheRequestsSchema()
    {
        var (request, _) = PackageCommandLine.Parse(["--app-id", AppId, "--bot-id", BotId, "--domain", "b.example.com", "--schema", "my.schema.json"]);

        Assert.Equal("my.schema.json", request!.SchemaPath);
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--app-id 'not-a-guid' is not a GUID")]
    [InlineData("--app-id", "00000000-0000-0000-0000-000000000000", "not all zeros")]
    [InlineData("--bot-id", "{0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b}", "--bot-id")]
    [InlineData("--domain", "https://bot.example.com", "is not a host name")]
    [InlineData("--domain", "bot.example.com/api/messages", "is not a host name")]
    [InlineData("--domain", "localhost", "is not a host name")]
    [InlineData("--domain", "10.0.0.1", "is not a host name")]
    [InlineData("--domain", "-bad-.example.com", "is not a host name")]
    [InlineData("--version", "1.0", "must look like 1.2.3")]
    [InlineData("--version", "1.02.0", "without leading zeros")]
    [InlineData("--privacy-url", "http://example.com/privacy", "must be an absolute https:// URL")]
    public void Parse_BadValue_IsRejectedWithClearError(string option, string value, string expected)
    {
        var args = new Dictionary<string, string> { ["--app-id"] = AppId, ["--bot-id"] = BotId, ["--domain"] = "bot.example.com" };
        args[option] = value;

        var (request, errors) = PackageCommandLine.Parse(args.SelectMany(a => new[] { a.Key, a.Value }).ToList());

        Assert.Null(request);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NothingGiven_ListsEveryMissingOption()
    {
        var (request, errors) = PackageCommandLine.Parse([]);

        Assert.Null(request);
        Assert.Equal(["--app-id is required.", "--bot-id is required.", "--domain is required."], errors);
    }

    [Fact]
    public void Parse_UnknownOrValuelessOption_IsReported()
    {
        var (_, errors) = PackageCommandLine.Parse(["--app-id", AppId, "--bot-id", BotId, "--domain", "b.example.com", "--colour", "red", "--out"]);

        Assert.Contains("Unknown argument '--colour'.", errors);
        Assert.Contains("--out needs a value.", errors);
    }

    [Fact]
    public async Task Packager_RunAsCommand_WritesPackage_AndBadArgumentsExitWith2()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("chatbot-cmd-").FullName, "chatbot-teams.zip");
        try
        {
            var good = await RunAsync("--app-id", AppId, "--bot-id", BotId, "--domain", "bot.example.com", "--out", output);
            var bad = await RunAsync("--app-id", "nope", "--bot-id", BotId, "--domain", "bot.example.com");

            Assert.Equal(0, good.ExitCode);
            Assert.True(File.Exists(output));
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains("--app-id 'nope' is not a GUID", bad.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", bad.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, "does not exist.")]
    [InlineData("{ \"type\": ", "is not valid JSON: ")]
    public async Task Packager_RunWithBrokenSchema_NamesTheFile_WritesNothing_NoStackTrace(string? content, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-cmd-").FullName;
        var schema = Path.Combine(folder, "teams.schema.json");
        var output = Path.Combine(folder, "chatbot-teams.zip");
        try
        {
            if (content is not null)
            {
                File.WriteAllText(schema, content);
            }

            var run = await RunAsync("--app-id", AppId, "--bot-id", BotId, "--domain", "bot.example.com", "--out", output, "--schema", schema);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"error: The manifest schema {schema} {expected}", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(output));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.Deploy.TeamsPackager.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await error);
    }
}
