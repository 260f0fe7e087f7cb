namespace ChatBot.Core.Retrieval;

/// <summary>A rebuild that failed (the previous index kept serving): when, and why in words for an operator.</summary>
public sealed record IndexFailure(DateTimeOffset At, string Message);
