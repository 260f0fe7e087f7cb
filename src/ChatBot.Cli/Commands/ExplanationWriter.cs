using System.Globalization;
using ChatBot.Core.Answering.Selection;

namespace ChatBot.Cli.Commands;

/// <summary>Prints an <see cref="AnswerExplanation"/> for people: the decision, then each chosen sentence and runner-up with its strongest features.</summary>
internal static class ExplanationWriter
{
    public static async Task WriteAsync(TextWriter output, AnswerExplanation why)
    {
        static string F(double x) => x.ToString("0.00", CultureInfo.InvariantCulture);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Why:").ConfigureAwait(false);
        await output.WriteLineAsync($"  question type {why.QuestionType}{(why.AskedFor is { } noun ? $", asks for a {noun}" : string.Empty)}; answer probability {F(why.AnswerProbability)} (declines under {F(why.Threshold)}){(why.DeclineReason is { } reason ? $"; declined: {reason}" : string.Empty)}").ConfigureAwait(false);
        foreach (var (label, candidates) in new[] { ("chosen", why.Chosen), ("runner-up", why.RunnersUp) })
        {
            foreach (var c in candidates)
            {
                await output.WriteLineAsync($"  {label} p={F(c.Probability)} [{c.Section}] {c.Text}").ConfigureAwait(false);
                await output.WriteLineAsync("      " + string.Join(", ", c.Contributions.Select(f => $"{f.Feature}={F(f.Value)} ({(f.Contribution >= 0 ? "+" : string.Empty)}{F(f.Contribution)})"))).ConfigureAwait(false);
            }
        }
    }
}
