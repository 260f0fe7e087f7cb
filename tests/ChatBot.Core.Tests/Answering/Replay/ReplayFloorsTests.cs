using ChatBot.Core.Answering.Replay;

namespace ChatBot.Core.Tests.Answering.Replay;

/// <summary>The floors themselves: each one fails a report that falls short of it (so a floor test can fail).</summary>
public sealed class ReplayFloorsTests
{
    [Theory]
    [InlineData(ReplayKind.Faithful, 8, 10, "faithful kept")]
    [InlineData(ReplayKind.ChangedNumber, 5, 10, "corrupted reaching the user")]
    [InlineData(ReplayKind.SwappedName, 9, 10, "swapped names caught")]
    [InlineData(ReplayKind.Decline, 39, 40, "declines honoured")]
    public void Violations_ReportBelowAFloor_NamesThatFloor(ReplayKind weak, int succeeded, int cases, string expected)
    {
        var kinds = ReplayScript.AllKinds.Select(k => new ReplayKindResult(k, ReplayScript.FamilyOf(k), 100, k == weak ? succeeded * 100 / cases : 100, 0, 0)).ToList();
        var report = new ReplayReport("set", 40, 0, kinds, new ReplayFollowUps(0, 0, 0, 0), []);

        var violation = Assert.Single(ReplayFloors.Targets.Violations(report));

        Assert.Contains(expected, violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Violations_ReportMeetingEveryTarget_IsEmpty()
    {
        var kinds = ReplayScript.AllKinds.Select(k => new ReplayKindResult(k, ReplayScript.FamilyOf(k), 40, 40, 40, 0)).ToList();

        Assert.Empty(ReplayFloors.Targets.Violations(new ReplayReport("set", 40, 0, kinds, new ReplayFollowUps(0, 0, 0, 0), [])));
    }
}
