using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.VectorData;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// One version of the index: every section (glossary included), every passage, the corpus problems, how it was loaded,
/// and the vector collection that holds exactly these passages. Immutable: a rebuild makes a new one and swaps it in.
/// </summary>
public sealed class IndexedCorpus(
    IReadOnlyList<Section> sections,
    IReadOnlyList<Passage> passages,
    IReadOnlyList<CorpusProblem> problems,
    IndexStats stats,
    VectorStoreCollection<string, PassageRecord>? collection = null)
{
    private readonly Dictionary<string, Passage> passagesById = passages.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public IReadOnlyList<Section> Sections { get; } = sections;

    public IReadOnlyList<Passage> Passages { get; } = passages;

    public IReadOnlyList<CorpusProblem> Problems { get; } = problems;

    public IndexStats Stats { get; } = stats;

    /// <summary>The collection filled with this version's passages (null for an index without vectors, e.g. a test fake).</summary>
    public VectorStoreCollection<string, PassageRecord>? Collection { get; } = collection;

    /// <summary>
    /// One embedding per sentence of <see cref="PassageSentences.Of(IReadOnlyList{Passage})"/>, in that order, computed with
    /// the passages' and kept in the same snapshot (empty for an index without vectors, e.g. a test fake).
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<float>> SentenceVectors { get; init; } = [];

    /// <summary>The passage with this id, or null.</summary>
    public Passage? FindPassage(string id) => passagesById.GetValueOrDefault(id);
}
