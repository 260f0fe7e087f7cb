namespace ChatBot.Core.Answering.Replay;

/// <summary>One replayed case: the scripted reply, what reached the user, and whether that was right for its kind.</summary>
/// <param name="Succeeded">Kept (faithful), caught (corrupted) or honoured (decline).</param>
/// <param name="FactsKept">Faithful kinds: answered by the model with every must_include string and the evidence passage cited (a looser "kept").</param>
public sealed record ReplayOutcome(string ItemId, ReplayKind Kind, bool Succeeded, bool FactsKept, string Reply, string Answer, bool Answered, string? Notice);
