using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Retrieval;

/// <summary>The corpus as read and chunked: what the index is built from.</summary>
public sealed record CorpusContent(CorpusLoadResult Load, IReadOnlyList<Passage> Passages);
