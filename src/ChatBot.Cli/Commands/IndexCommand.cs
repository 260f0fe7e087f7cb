using System.CommandLine;
using System.Globalization;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChatBot.Cli.Commands;

/// <summary>`index [--rebuild]`: loads or builds the index snapshot, with a progress bar while embedding, and prints counts and timings.</summary>
public static class IndexCommand
{
    public static Command Create(IServiceProvider services)
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Embed everything again even when the snapshot is up to date." };
        var command = new Command("index", "Build (or load) the search index of the corpus.") { rebuild };
        command.SetAction((result, cancellationToken) =>
        {
            var console = services.GetRequiredService<CliConsole>();
            return VerbErrors.RunAsync(console, async () =>
            {
                var index = services.GetRequiredService<ICorpusIndex>();
                var force = result.GetValue(rebuild);
                var corpus = console.IsInteractive
                    ? await WithProgressBarAsync(index, force, cancellationToken).ConfigureAwait(false)
                    : await index.GetAsync(null, force, cancellationToken).ConfigureAwait(false);
                await WriteSummaryAsync(console, corpus).ConfigureAwait(false);
                return 0;
            });
        });
        return command;
    }

    private static async Task<IndexedCorpus> WithProgressBarAsync(ICorpusIndex index, bool rebuild, CancellationToken cancellationToken)
    {
        IndexedCorpus? corpus = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Embedding passages", autoStart: true, maxValue: 1);
                var progress = new Progress<IndexProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Embedded;
                });
                corpus = await index.GetAsync(progress, rebuild, cancellationToken).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return corpus!;
    }

    private static async Task WriteSummaryAsync(CliConsole console, IndexedCorpus corpus)
    {
        foreach (var problem in corpus.Problems)
        {
            await console.Error.WriteLineAsync($"warning: {problem.File}: {problem.Message}").ConfigureAwait(false);
        }

        var s = corpus.Stats;
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
        await console.Out.WriteLineAsync($"Sections:         {s.Sections}").ConfigureAwait(false);
        await console.Out.WriteLineAsync($"Glossary entries: {s.GlossaryEntries}").ConfigureAwait(false);
        await console.Out.WriteLineAsync($"Passages:         {s.Passages}").ConfigureAwait(false);
        await console.Out.WriteLineAsync($"Embeddings:       {(s.FromSnapshot ? "loaded from snapshot" : "computed")} ({s.ModelId})").ConfigureAwait(false);
        await console.Out.WriteLineAsync($"Timings:          read+chunk {Ms(s.ReadTime)}, embed {Ms(s.EmbedTime)}, snapshot {Ms(s.SnapshotTime)}, total {Ms(s.TotalTime)}").ConfigureAwait(false);
        await console.Out.WriteLineAsync($"Problems:         {corpus.Problems.Count}").ConfigureAwait(false);
    }
}
