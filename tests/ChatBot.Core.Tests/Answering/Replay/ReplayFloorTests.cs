using ChatBot.Core.Answering.Replay;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Answering.Replay;

/// <summary>
/// The replay's floors, on every run: over all labelled sets together the targets (faithful kept ≥ 0.90,
/// corrupted claims reaching the user ≤ 5 %, swapped names caught ≥ 0.95, model declines honoured 100 %), and per set a
/// floor a little under what this configuration measured when it was set, so that a change to the check that lets
/// corruptions through or drops faithful answers fails here.
/// </summary>
public sealed class ReplayFloorTests(InProcessReplayFixture replay, ITestOutputHelper output) : IClassFixture<InProcessReplayFixture>
{
    [Theory]
    [InlineData("dev.jsonl", 0.90, 0.05)]
    [InlineData("extra.jsonl", 0.95, 0.02)]
    [InlineData("holdout.jsonl", 0.80, 0.05)]
    [InlineData("holdout2.jsonl", 0.93, 0.05)]
    [InlineData("common.jsonl", 0.95, 0.05)]
    public void Replay_OneSet_StaysAboveItsFloors(string set, double minFaithfulKept, double maxCorruptedReached)
    {
        if (!replay.Reports.TryGetValue(set, out var report))
        {
            output.WriteLine($"{set} is not beside this clone (../shared/eval): not replayed.");
            return;
        }

        Print(report);
        Assert.Empty(new ReplayFloors(minFaithfulKept, maxCorruptedReached, 1.0, 1.0).Violations(report));
    }

    [Fact]
    public void Replay_AllSetsTogether_MeetTheTargets()
    {
        var pooled = ReplayFloors.Pool("all sets", [.. replay.Reports.Values]);

        Print(pooled);
        Assert.True(pooled.Items >= 132, "the four sets in the repository must all have been replayed");
        Assert.Empty(ReplayFloors.Targets.Violations(pooled));
    }

    [Fact]
    public void Replay_EveryCorruptionKind_WasExercised()
    {
        // A floor over kinds that never ran would hold whatever the check does.
        var pooled = ReplayFloors.Pool("all sets", [.. replay.Reports.Values]);

        Assert.All(ReplayScript.AllKinds, kind => Assert.True(pooled.Of(kind)!.Cases >= 20, $"{kind}: only {pooled.Of(kind)!.Cases} cases"));
    }

    private void Print(ReplayReport report)
    {
        output.WriteLine($"{report.Set}: faithful kept {report.FaithfulKept:0.000}, corrupted reaching the user {report.CorruptedReached:0.000}, swapped names caught {report.SwappedNamesCaught:0.000}, declines honoured {report.DeclinesHonoured:0.000}");
        foreach (var kind in report.Kinds)
        {
            output.WriteLine($"  {kind.Kind,-24} {kind.Succeeded,4}/{kind.Cases,-4} (n/a {kind.NotApplicable})");
        }

        foreach (var miss in report.Outcomes.Where(o => !o.Succeeded))
        {
            output.WriteLine($"  not ok {miss.ItemId} {miss.Kind}: {miss.Answer}");
        }
    }
}
