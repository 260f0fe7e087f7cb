using System.CommandLine;
using ChatBot.Cli.Commands;
using ChatBot.Core.Feedback;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli;

/// <summary>Builds the services and the verbs of the `chatbot` command line, and runs one invocation.</summary>
public static class ChatBotCli
{
    /// <summary>Runs the command line; <paramref name="configure"/> lets tests replace services, <paramref name="console"/> the streams.</summary>
    public static async Task<int> RunAsync(string[] args, Action<IServiceCollection>? configure = null, CliConsole? console = null, CancellationToken cancellationToken = default)
    {
        console ??= CliConsole.System;
        IHost host;
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                Args = [],
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Logging.ClearProviders();
            // Logs go to standard error so that `search --json` output stays machine-readable.
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            if (builder.Configuration.GetSection("Logging:LogLevel:Default").Value is null)
            {
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            }

            builder.Services.AddSingleton(console);
            AddServices(builder.Services, builder.Configuration);
            configure?.Invoke(builder.Services);
            host = builder.Build();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OptionsValidationException)
        {
            await console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        using (host)
        {
            var root = BuildRootCommand(host.Services);
            var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken).ConfigureAwait(false);
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return exitCode;
        }
    }

    /// <summary>The root command with every verb; add a verb with one line here.</summary>
    public static RootCommand BuildRootCommand(IServiceProvider services)
    {
        var root = new RootCommand("ChatBot: answers questions about the corpus with citations.");
        root.Subcommands.Add(IndexCommand.Create(services));
        root.Subcommands.Add(SearchCommand.Create(services));
        root.Subcommands.Add(EvalCommand.Create(services));
        root.Subcommands.Add(AskCommand.Create(services));
        root.Subcommands.Add(TrainCommand.Create(services));
        root.Subcommands.Add(FeedbackCommand.Create(services));
        return root;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddChatBotRetrieval(configuration);
        services.AddChatBotAnswering(configuration);
        services.AddChatBotFeedback(configuration);
    }
}
