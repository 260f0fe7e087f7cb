namespace ChatBot.Core.Answering.Replay;

/// <summary>How one kind of reply fared over a set: cases scored, how many were kept / caught / honoured, how many could not be built.</summary>
public sealed record ReplayKindResult(ReplayKind Kind, ReplayFamily Family, int Cases, int Succeeded, int FactsKept, int NotApplicable)
{
    /// <summary>Succeeded / Cases (0 when there were none).</summary>
    public double Rate => Cases == 0 ? 0 : (double)Succeeded / Cases;
}
