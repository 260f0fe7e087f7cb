namespace ChatBot.Core.Answering.Replay;

/// <summary>What the scripted model replied to one Answer prompt, and what the replay looks for in the answer the user gets.</summary>
/// <param name="Text">The reply, as a model would send it.</param>
/// <param name="Applicable">False when this kind cannot be built for the item (no number to change, no name to swap…); the case is not scored.</param>
public sealed record ScriptedReply(ReplayKind Kind, string Text, bool Applicable)
{
    /// <summary>False when no prompt passage holds the item's evidence (the model could not cite it); null for unanswerable items.</summary>
    public bool? EvidenceRetrieved { get; init; }

    /// <summary>Number (1-based, as in the prompt) of the passage that holds the evidence.</summary>
    public int? EvidenceSource { get; init; }

    /// <summary>Number of the other passage the reply cites or borrows from (wrong passage, merged, two sources).</summary>
    public int? OtherSource { get; init; }

    /// <summary>Sentences (markers included) that a faithful reply expects to reach the user.</summary>
    public IReadOnlyList<string> Claims { get; init; } = [];

    /// <summary>Sentences (markers included) that must not reach the user.</summary>
    public IReadOnlyList<string> Corrupted { get; init; } = [];

    /// <summary>The sentence of a faithful reply that states the evidence (the others give context the item's answer added).</summary>
    public string? EvidenceClaim { get; init; }

    /// <summary>The word a corruption brought in (the changed number or month, the other name): a corrupted sentence shown with citations whose passages all write it is supported after all.</summary>
    public string? Introduced { get; init; }

    /// <summary>A reply that cannot be scored for this kind; the model declines so the run goes on.</summary>
    public static ScriptedReply NotApplicable(ReplayKind kind, bool? evidenceRetrieved = null) =>
        new(kind, DeclineSentence.Text, false) { EvidenceRetrieved = evidenceRetrieved };
}
