namespace ChatBot.LoadDriver;

/// <summary>One request: how long until the answer arrived, and whether it was an answer, a decline or an error.</summary>
internal sealed record RequestOutcome(double Milliseconds, bool Ok, bool Answered, string? Error = null);
