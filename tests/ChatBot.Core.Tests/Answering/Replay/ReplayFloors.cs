using ChatBot.Core.Answering.Replay;

namespace ChatBot.Core.Tests.Answering.Replay;

/// <summary>The least a replay may show: faithful answers kept, corruptions reaching the user, swapped names caught, declines honoured.</summary>
internal sealed record ReplayFloors(double MinFaithfulKept, double MaxCorruptedReached, double MinSwappedNamesCaught, double MinDeclinesHonoured)
{
    /// <summary>The targets: kept ≥ 0.90, corrupted claims reaching the user ≤ 5 %, swapped names caught ≥ 0.95, declines honoured 100 %.</summary>
    public static readonly ReplayFloors Targets = new(0.90, 0.05, 0.95, 1.0);

    /// <summary>What <paramref name="report"/> misses, one line each; empty when every floor holds.</summary>
    public IReadOnlyList<string> Violations(ReplayReport report)
    {
        var violations = new List<string>();
        if (report.FaithfulKept < MinFaithfulKept)
        {
            violations.Add($"{report.Set}: faithful kept {report.FaithfulKept:0.000} < {MinFaithfulKept}");
        }

        if (report.CorruptedReached > MaxCorruptedReached)
        {
            violations.Add($"{report.Set}: corrupted reaching the user {report.CorruptedReached:0.000} > {MaxCorruptedReached}");
        }

        if (report.Of(ReplayKind.SwappedName) is { Cases: > 0 } && report.SwappedNamesCaught < MinSwappedNamesCaught)
        {
            violations.Add($"{report.Set}: swapped names caught {report.SwappedNamesCaught:0.000} < {MinSwappedNamesCaught}");
        }

        if (report.DeclinesHonoured < MinDeclinesHonoured)
        {
            violations.Add($"{report.Set}: declines honoured {report.DeclinesHonoured:0.000} < {MinDeclinesHonoured}");
        }

        return violations;
    }

    /// <summary>One report over several: the kinds' counts added up.</summary>
    public static ReplayReport Pool(string name, IReadOnlyList<ReplayReport> reports) => new(
        name,
        reports.Sum(r => r.Items),
        reports.Sum(r => r.EvidenceNotRetrieved),
        [.. reports.SelectMany(r => r.Kinds).GroupBy(k => k.Kind).Select(g => new ReplayKindResult(g.Key, g.First().Family, g.Sum(k => k.Cases), g.Sum(k => k.Succeeded), g.Sum(k => k.FactsKept), g.Sum(k => k.NotApplicable)))],
        new ReplayFollowUps(reports.Sum(r => r.FollowUps.Items), reports.Sum(r => r.FollowUps.WithStandalone), reports.Sum(r => r.FollowUps.AsTyped), reports.Sum(r => r.FollowUps.Expanded)),
        [.. reports.SelectMany(r => r.Outcomes)]);
}
