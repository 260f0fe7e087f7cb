using System.Globalization;
using ChatBot.Core.Answering.Replay;

namespace ChatBot.Cli.Commands;

/// <summary>Prints an `eval --replay` report: one row per kind of scripted reply, the headline shares, follow-up recall.</summary>
public static class ReplayOutput
{
    /// <summary>The report as a fixed-width text table.</summary>
    public static async Task WriteAsync(TextWriter output, ReplayReport report)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Replay of {report.Set} ({report.Items} items): scripted model → Semantic Kernel → GenerativeAnswerService → citation check").ConfigureAwait(false);
        await output.WriteLineAsync($"{"kind",-24}{"wanted",-10}{"cases",6}{"ok",6}{"rate",8}{"facts",8}{"n/a",6}").ConfigureAwait(false);
        foreach (var kind in report.Kinds)
        {
            var wanted = kind.Family switch { ReplayFamily.Faithful => "kept", ReplayFamily.Decline => "honoured", _ => "caught" };
            var facts = kind.Family == ReplayFamily.Faithful && kind.Cases > 0 ? Share((double)kind.FactsKept / kind.Cases) : "";
            await output.WriteLineAsync($"{kind.Kind,-24}{wanted,-10}{kind.Cases,6}{kind.Succeeded,6}{Share(kind.Rate),8}{facts,8}{kind.NotApplicable,6}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"faithful kept {Share(report.FaithfulKept)}, corrupted reaching the user {Share(report.CorruptedReached)}, swapped names caught {Share(report.SwappedNamesCaught)}, declines honoured {Share(report.DeclinesHonoured)}").ConfigureAwait(false);
        if (report.EvidenceNotRetrieved > 0)
        {
            await output.WriteLineAsync($"  {report.EvidenceNotRetrieved} answerable item(s) not scored: no prompt passage held the evidence").ConfigureAwait(false);
        }

        var f = report.FollowUps;
        if (f.Items > 0)
        {
            await output.WriteLineAsync($"  follow-ups ({f.Items}): evidence passage retrieved for the condensed question {Share(f.RecallWithStandalone)}, as typed {Share(f.RecallAsTyped)}, previous + this question {Share(f.RecallExpanded)}").ConfigureAwait(false);
            foreach (var item in f.PerItem.Where(i => !(i.WithStandalone && i.AsTyped && i.Expanded)))
            {
                await output.WriteLineAsync($"    {item.Id}: condensed {Hit(item.WithStandalone)}, as typed {Hit(item.AsTyped)}, previous + this {Hit(item.Expanded)}").ConfigureAwait(false);
            }
        }

        foreach (var miss in report.Outcomes.Where(o => !o.Succeeded))
        {
            await output.WriteLineAsync($"  {(ReplayScript.FamilyOf(miss.Kind) == ReplayFamily.Corrupted ? "reached" : "lost")} {miss.ItemId} {miss.Kind}: {Shorten(miss.Answer)}").ConfigureAwait(false);
        }
    }

    private static string Hit(bool hit) => hit ? "found" : "missed";

    private static string Share(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..137] + "...";
}
