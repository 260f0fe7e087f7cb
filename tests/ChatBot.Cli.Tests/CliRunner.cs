using ChatBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Cli.Tests;

/// <summary>Runs the CLI in-process with a fake retriever and captured streams.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(IPassageRetriever retriever, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(new StringReader(stdin), output, error);
        var exitCode = await ChatBotCli.RunAsync(args, services => services.AddSingleton(retriever), console);
        return (exitCode, output.ToString(), error.ToString());
    }
}
