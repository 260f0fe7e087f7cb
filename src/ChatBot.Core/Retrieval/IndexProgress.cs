namespace ChatBot.Core.Retrieval;

/// <summary>Progress of embedding the passages while the index is built.</summary>
public sealed record IndexProgress(int Embedded, int Total);
