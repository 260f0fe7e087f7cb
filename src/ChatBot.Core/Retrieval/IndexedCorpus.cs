using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Retrieval;

/// <summary>The loaded index: every section (glossary included), every passage, the corpus problems, and how it was loaded.</summary>
public sealed class IndexedCorpus(IReadOnlyList<Section> sections, IReadOnlyList<Passage> passages, IReadOnlyList<CorpusProblem> problems, IndexStats stats)
{
    private readonly Dictionary<string, Passage> passagesById = passages.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public IReadOnlyList<Section> Sections { get; } = sections;

    public IReadOnlyList<Passage> Passages { get; } = passages;

    public IReadOnlyList<CorpusProblem> Problems { get; } = problems;

    public IndexStats Stats { get; } = stats;

    /// <summary>The passage with this id, or null.</summary>
    public Passage? FindPassage(string id) => passagesById.GetValueOrDefault(id);
}
