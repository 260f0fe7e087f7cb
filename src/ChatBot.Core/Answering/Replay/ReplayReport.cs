namespace ChatBot.Core.Answering.Replay;

/// <summary>The replay evaluation of one question set: per kind of reply, the follow-ups' retrieval recall, and every case.</summary>
/// <param name="EvidenceNotRetrieved">Answerable items whose evidence no prompt passage held (not scored: the model could not cite it).</param>
public sealed record ReplayReport(string Set, int Items, int EvidenceNotRetrieved, IReadOnlyList<ReplayKindResult> Kinds, ReplayFollowUps FollowUps, IReadOnlyList<ReplayOutcome> Outcomes)
{
    /// <summary>Share of faithful answers (kind Faithful) that reached the user whole, with the evidence passage cited.</summary>
    public double FaithfulKept => Of(ReplayKind.Faithful)?.Rate ?? 0;

    /// <summary>Share of corrupted cases, over every corrupted kind, whose corruption reached the user.</summary>
    public double CorruptedReached
    {
        get
        {
            var corrupted = Kinds.Where(k => k.Family == ReplayFamily.Corrupted).ToList();
            var cases = corrupted.Sum(k => k.Cases);
            return cases == 0 ? 0 : (double)corrupted.Sum(k => k.Cases - k.Succeeded) / cases;
        }
    }

    /// <summary>Share of swapped-name cases (a name the cited passage does not hold) caught.</summary>
    public double SwappedNamesCaught => Of(ReplayKind.SwappedName)?.Rate ?? 0;

    /// <summary>Share of the model's declines that reached the user as a decline.</summary>
    public double DeclinesHonoured => Of(ReplayKind.Decline)?.Rate ?? 0;

    /// <summary>The result of one kind, or null when it was not replayed.</summary>
    public ReplayKindResult? Of(ReplayKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind);
}
