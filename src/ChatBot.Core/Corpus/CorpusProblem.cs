namespace ChatBot.Core.Corpus;

/// <summary>A file that could not be read, and why, in words a user can act on.</summary>
public sealed record CorpusProblem(string File, string Message);
