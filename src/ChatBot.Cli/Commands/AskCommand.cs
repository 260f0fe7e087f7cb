using System.CommandLine;
using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Selection;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Cli.Commands;

/// <summary>`ask "&lt;question&gt;" [--history "earlier question" ...] [--json]`: the answer with its numbered sources.</summary>
public static class AskCommand
{
    /// <summary>Longest question accepted, as on the HTTP API and in the bot.</summary>
    public const int MaxQuestionLength = AnswerLimits.MaxQuestionLength;

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static Command Create(IServiceProvider services)
    {
        var question = new Argument<string>("question") { Description = "The question, e.g. \"Who let Trotsky into Norway?\"." };
        var history = new Option<string[]>("--history") { Description = "An earlier question of the conversation, oldest first; repeat for several.", AllowMultipleArgumentsPerToken = true };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON (the shape of POST /api/ask)." };
        var explain = new Option<bool>("--explain") { Description = "Also show why: the chosen sentences' strongest features, the decline probability and the runners-up (the offline answerer's decision)." };
        var command = new Command("ask", "Answer a question from the corpus, with citations.") { question, history, json, explain };
        command.SetAction((result, cancellationToken) =>
        {
            var console = services.GetRequiredService<CliConsole>();
            return VerbErrors.RunAsync(console, async () =>
            {
                var text = result.GetValue(question);
                if (string.IsNullOrWhiteSpace(text) || text.Length > MaxQuestionLength)
                {
                    await console.Error.WriteLineAsync($"error: the question must be 1 to {MaxQuestionLength} characters, e.g. chatbot ask \"Where is Trotsky buried?\"").ConfigureAwait(false);
                    return 2;
                }

                var earlier = result.GetValue(history) ?? [];
                var answers = services.GetRequiredService<IAnswerService>();
                ExplainedAnswer? explained = null;
                Answer answer;
                if (result.GetValue(explain) && answers is OfflineAnswerService offline)
                {
                    var (offlineAnswer, why) = await offline.ExplainAsync(text.Trim(), earlier, cancellationToken).ConfigureAwait(false);
                    (answer, explained) = (offlineAnswer, new ExplainedAnswer(offlineAnswer, why));
                }
                else
                {
                    answer = await answers.AskAsync(text.Trim(), earlier, cancellationToken).ConfigureAwait(false);
                    if (result.GetValue(explain))
                    {
                        explained = await services.GetRequiredService<OfflineAnswerService>().ExplainAsync(answer, text.Trim(), earlier, cancellationToken).ConfigureAwait(false);
                    }
                }

                if (result.GetValue(json))
                {
                    var output = explained is null ? JsonSerializer.Serialize(answer, JsonOptions) : JsonSerializer.Serialize(explained, JsonOptions);
                    await console.Out.WriteLineAsync(output).ConfigureAwait(false);
                }
                else
                {
                    await WriteAsync(console.Out, answer).ConfigureAwait(false);
                    if (explained is not null)
                    {
                        await ExplanationWriter.WriteAsync(console.Out, explained.Explanation).ConfigureAwait(false);
                    }
                }

                return 0;
            });
        });
        return command;
    }

    /// <summary>The answer, its notice if any, then "Sources:" with one numbered block per citation.</summary>
    public static async Task WriteAsync(TextWriter output, Answer answer)
    {
        await output.WriteLineAsync(answer.Text).ConfigureAwait(false);
        if (answer.Notice is { Length: > 0 } notice)
        {
            await output.WriteLineAsync($"({notice})").ConfigureAwait(false);
        }

        if (answer.Citations.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Sources:").ConfigureAwait(false);
        foreach (var citation in answer.Citations)
        {
            await output.WriteLineAsync($"[{citation.Index}] {citation.Section}").ConfigureAwait(false);
            await output.WriteLineAsync($"    \"{citation.Quote}\"").ConfigureAwait(false);
            await output.WriteLineAsync($"    {citation.Url}").ConfigureAwait(false);
        }
    }
}
