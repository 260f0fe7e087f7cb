using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Answering.Replay;
using ChatBot.Core.Configuration;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Retrieval.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Cli.Commands;

/// <summary>
/// `eval &lt;file.jsonl&gt; [--json]`: runs every registered <see cref="IEvalSuite"/> (retrieval metrics per mode, and any
/// others) over a question file; `eval &lt;file&gt; --replay` replays it through the model path with a scripted model instead.
/// </summary>
public static class EvalCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "Question file, one JSON object per line (the format of shared/eval/dev.jsonl)." };
        var json = new Option<bool>("--json") { Description = "Print the results as one JSON object." };
        var replay = new Option<bool>("--replay") { Description = "Replay the questions through the model path with a scripted model: faithful, corrupted and declining replies; report kept, caught and declines honoured." };
        var standalone = new Option<FileInfo?>("--standalone") { Description = $"The scripted model's CondenseQuestion replies for follow-ups (default {DefaultStandalone})." };
        var command = new Command("eval", "Score retrieval (and any other registered suites) on a question file.") { file, json, replay, standalone };
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

                if (result.GetValue(replay))
                {
                    return await ReplayAsync(services, console, path, items, result.GetValue(standalone), result.GetValue(json), cancellationToken).ConfigureAwait(false);
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

    /// <summary>The standalone rewrites used when --standalone is not given, resolved like the corpus folder.</summary>
    public const string DefaultStandalone = "tests/ChatBot.Core.Tests/Answering/standalone.jsonl";

    private static async Task<int> ReplayAsync(IServiceProvider services, CliConsole console, string path, IReadOnlyList<EvalItem> items, FileInfo? standaloneFile, bool json, CancellationToken cancellationToken)
    {
        var standalonePath = standaloneFile?.FullName ?? ContentPaths.Resolve(DefaultStandalone);
        IReadOnlyDictionary<string, string>? rewrites = null;
        if (standaloneFile is not null || File.Exists(standalonePath))
        {
            var (read, errors) = StandaloneQuestions.Read(standalonePath);
            foreach (var error in errors)
            {
                await console.Error.WriteLineAsync($"warning: {error}").ConfigureAwait(false);
            }

            rewrites = read;
        }

        var report = await services.GetRequiredService<ReplaySuite>().RunAsync(Path.GetFileName(path), items, rewrites, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(new { file = path, questions = items.Count, replay = report }, JsonOptions)).ConfigureAwait(false);
        }
        else
        {
            await console.Out.WriteLineAsync($"{items.Count} questions from {path}").ConfigureAwait(false);
            await ReplayOutput.WriteAsync(console.Out, report).ConfigureAwait(false);
        }

        return 0;
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
