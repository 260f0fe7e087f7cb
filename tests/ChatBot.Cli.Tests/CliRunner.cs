using ChatBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Cli.Tests;

/// <summary>Runs the CLI in-process with fake retrieval services and captured streams.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Out, string Error)> RunAsync(IPassageRetriever retriever, string stdin, params string[] args)
        => RunAsync(retriever, new FakeCorpusIndex(), stdin, args);

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(IPassageRetriever retriever, ICorpusIndex index, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(new StringReader(stdin), output, error);
        var exitCode = await ChatBotCli.RunAsync(args, services => services.AddSingleton(retriever).AddSingleton(index), console);
        return (exitCode, output.ToString(), error.ToString());
    }
}
