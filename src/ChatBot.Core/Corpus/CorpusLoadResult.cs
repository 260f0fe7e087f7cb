namespace ChatBot.Core.Corpus;

/// <summary>Everything read from the corpus folder, the files that failed, and a hash of the content that was read.</summary>
public sealed record CorpusLoadResult(IReadOnlyList<CorpusDocument> Documents, IReadOnlyList<CorpusProblem> Problems, string ContentHash);
