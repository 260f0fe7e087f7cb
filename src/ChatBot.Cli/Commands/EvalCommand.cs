using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Retrieval.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Cli.Commands;

/// <summary>`eval &lt;file.jsonl&gt; [--json]`: runs every registered <see cref="IEvalSuite"/> (retrieval metrics per mode, and any others) over a question file.</summary>
public static class EvalCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "Question file, one JSON object per line (the format of shared/eval/dev.jsonl)." };
        var json = new Option<bool>("--json") { Description = "Print the results as one JSON object." };
        var command = new Command("eval", "Score retrieval (and any other registered suites) on a question file.") { file, json };
        command.SetAction((result, cancellationToken) =>
        {
            var console = services.GetRequiredService<CliConsole>();
            return VerbErrors.RunAsync(console, async () =>
            {
                var path = result.GetValue(file)!.FullName;
                var (items, errors) = EvalSetReader.Read(path);
                foreach (var error in errors)
                {
                    await console.Error.WriteLineAsync($"warning: {error}").ConfigureAwait(false);
                }

                if (items.Count == 0)
                {
                    await console.Error.WriteLineAsync($"error: no questions could be read from {path}.").ConfigureAwait(false);
                    return 1;
                }

                if (services.GetService<ICorpusIndex>() is { } index)
                {
                    await IndexNotice.EnsureAsync(index, console, cancellationToken).ConfigureAwait(false);
                }

                var tables = new List<EvalTable>();
                foreach (var suite in services.GetServices<IEvalSuite>())
                {
                    tables.Add(await suite.RunAsync(items, cancellationToken).ConfigureAwait(false));
                }

                if (result.GetValue(json))
                {
                    var report = new { file = path, questions = items.Count, suites = tables };
                    await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, JsonOptions)).ConfigureAwait(false);
                }
                else
                {
                    await console.Out.WriteLineAsync($"{items.Count} questions from {path}").ConfigureAwait(false);
                    foreach (var table in tables)
                    {
                        await WriteTableAsync(console.Out, table).ConfigureAwait(false);
                    }
                }

                return 0;
            });
        });
        return command;
    }

    /// <summary>A fixed-width text table: metric rows, one column per compared configuration, then the notes.</summary>
    public static async Task WriteTableAsync(TextWriter output, EvalTable table)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(table.Title).ConfigureAwait(false);
        await output.WriteLineAsync($"{"",-10}" + string.Concat(table.Columns.Select(c => $"{c,10}"))).ConfigureAwait(false);
        foreach (var row in table.Rows)
        {
            await output.WriteLineAsync($"{row.Metric,-10}" + string.Concat(row.Values.Select(v => v.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(10)))).ConfigureAwait(false);
        }

        foreach (var note in table.Notes)
        {
            await output.WriteLineAsync($"  {note}").ConfigureAwait(false);
        }
    }
}
