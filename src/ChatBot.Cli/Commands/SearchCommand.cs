using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChatBot.Cli.Commands;

/// <summary>`search "&lt;query&gt;" [--mode keyword|vector|hybrid] [--top N] [--json]`: the ranked passages for a query.</summary>
public static class SearchCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(IServiceProvider services)
    {
        var query = new Argument<string?>("query") { Description = "What to search for; with --json and no query, one query per line is read from standard input.", Arity = ArgumentArity.ZeroOrOne };
        var mode = new Option<string?>("--mode") { Description = "keyword, vector or hybrid (default: Retrieval:Mode)." };
        mode.AcceptOnlyFromAmong("keyword", "vector", "hybrid");
        var top = new Option<int?>("--top") { Description = "Number of passages (default: Retrieval:Top)." };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--top must be at least 1.");
            }
        });
        var json = new Option<bool>("--json") { Description = "One JSON array per query: [{\"section\", \"score\", \"text\"}]." };

        var command = new Command("search", "Rank the corpus passages for a query.") { query, mode, top, json };
        command.SetAction((result, cancellationToken) =>
        {
            var console = services.GetRequiredService<CliConsole>();
            return VerbErrors.RunAsync(console, async () =>
            {
                var retriever = services.GetRequiredService<IPassageRetriever>();
                if (services.GetService<ICorpusIndex>() is { } index)
                {
                    await IndexNotice.EnsureAsync(index, console, cancellationToken).ConfigureAwait(false);
                }

                var text = result.GetValue(query);
                var selectedMode = VerbErrors.ParseMode(result.GetValue(mode));
                var count = result.GetValue(top);
                if (result.GetValue(json))
                {
                    var input = text is null ? console.In : new StringReader(text);
                    await WriteJsonLinesAsync(retriever, input, console.Out, selectedMode, count, cancellationToken).ConfigureAwait(false);
                    return 0;
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    await console.Error.WriteLineAsync("error: give a query, e.g. chatbot search \"where is Trotsky buried\" (or use --json to read queries from standard input).").ConfigureAwait(false);
                    return 2;
                }

                var results = await retriever.SearchAsync(text, selectedMode, count, cancellationToken).ConfigureAwait(false);
                WriteTable(console, results);
                return 0;
            });
        });
        return command;
    }

    /// <summary>Reads one query per line and writes one JSON array per line (an empty line gives []).</summary>
    public static async Task WriteJsonLinesAsync(IPassageRetriever retriever, TextReader input, TextWriter output, RetrievalMode? mode, int? top, CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var results = string.IsNullOrWhiteSpace(line)
                ? []
                : await retriever.SearchAsync(line, mode, top, cancellationToken).ConfigureAwait(false);
            var hits = results.Select(r => new SearchHit(r.Passage.DisplayPath, Math.Round(r.Score, 4), r.Passage.Text));
            await output.WriteLineAsync(JsonSerializer.Serialize(hits, JsonOptions)).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteTable(CliConsole console, IReadOnlyList<RetrievedPassage> results)
    {
        if (results.Count == 0)
        {
            console.Out.WriteLine("No passages found.");
            return;
        }

        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out), Ansi = console.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No });
        var table = new Table().AddColumns("#", "score", "section", "text");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            table.AddRow(new Text((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(r.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)), new Text(r.Passage.DisplayPath), new Text(r.Passage.Text));
        }

        ansi.Write(table);
    }

    private sealed record SearchHit(
        [property: JsonPropertyName("section")] string Section,
        [property: JsonPropertyName("score")] double Score,
        [property: JsonPropertyName("text")] string Text);
}
