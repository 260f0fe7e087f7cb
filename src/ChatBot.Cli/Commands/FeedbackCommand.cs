using System.CommandLine;
using ChatBot.Core.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Cli.Commands;

/// <summary>
/// `feedback [--last N]`: recent 👍/👎 with their questions; `feedback --export cases.jsonl`: the 👎 as evaluation cases
/// (the dev.jsonl format, must_include left for a person), so a bad answer becomes a regression case for `eval`.
/// </summary>
public static class FeedbackCommand
{
    /// <summary>How far back an export reaches: every stored record, in practice.</summary>
    private const int ExportLimit = 100_000;

    public static Command Create(IServiceProvider services)
    {
        var last = new Option<int>("--last") { Description = "How many recent reactions to list.", DefaultValueFactory = _ => 20 };
        var export = new Option<FileInfo?>("--export") { Description = "Write the disliked answers as evaluation cases (JSON Lines) to this file." };
        var command = new Command("feedback", "List recent feedback from Teams and Web Chat, or export the 👎 as evaluation cases.") { last, export };
        command.SetAction((result, cancellationToken) =>
        {
            var console = services.GetRequiredService<CliConsole>();
            return VerbErrors.RunAsync(console, async () =>
            {
                var store = services.GetRequiredService<IFeedbackStore>();
                if (result.GetValue(export) is { } file)
                {
                    var lines = FeedbackEvalExport.Lines(await store.RecentAsync(ExportLimit, cancellationToken).ConfigureAwait(false));
                    if (file.Directory is { Exists: false } folder)
                    {
                        folder.Create();
                    }

                    await File.WriteAllLinesAsync(file.FullName, lines, cancellationToken).ConfigureAwait(false);
                    await console.Out.WriteLineAsync($"Wrote {lines.Count} case(s) from disliked answers to {file.FullName}. Fill in must_include (and check gold_sections), then run: chatbot eval {file.FullName}").ConfigureAwait(false);
                    return 0;
                }

                var count = result.GetValue(last);
                if (count < 1)
                {
                    await console.Error.WriteLineAsync("error: --last must be at least 1.").ConfigureAwait(false);
                    return 2;
                }

                var records = await store.RecentAsync(count, cancellationToken).ConfigureAwait(false);
                if (records.Count == 0)
                {
                    await console.Out.WriteLineAsync("No feedback yet.").ConfigureAwait(false);
                    return 0;
                }

                foreach (var record in records)
                {
                    var mark = record.IsDislike ? "👎" : "👍";
                    await console.Out.WriteLineAsync($"{record.At:yyyy-MM-dd HH:mm} {mark} [{record.Channel}] {record.Question ?? "(question not known)"}").ConfigureAwait(false);
                    if (!string.IsNullOrWhiteSpace(record.Comment))
                    {
                        await console.Out.WriteLineAsync($"    comment: {record.Comment}").ConfigureAwait(false);
                    }

                    if (!string.IsNullOrWhiteSpace(record.Answer))
                    {
                        await console.Out.WriteLineAsync($"    answer: {Shorten(record.Answer, 160)}").ConfigureAwait(false);
                    }
                }

                return 0;
            });
        });
        return command;
    }

    private static string Shorten(string text, int length)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }
}
