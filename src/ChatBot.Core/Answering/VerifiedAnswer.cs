namespace ChatBot.Core.Answering;

/// <summary>An answer text after citation checks: markers renumbered 1..n, each matching one supported citation.</summary>
/// <param name="DroppedCitations">Markers removed because they named no source or their source did not support the claim.</param>
/// <param name="DroppedSentences">Sentences removed because no source supported them.</param>
public sealed record VerifiedAnswer(string Text, IReadOnlyList<Citation> Citations, int DroppedCitations, int DroppedSentences);
