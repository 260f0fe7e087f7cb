using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Web.Sources;

/// <summary>Sections in reading order with their passages, looked up by id.</summary>
public sealed class SourceCatalogSnapshot
{
    private readonly Dictionary<string, int> positions;
    private readonly ILookup<string, Passage> passagesBySection;

    public SourceCatalogSnapshot(IReadOnlyList<Section> sections, IReadOnlyList<Passage> passages)
    {
        Sections = sections;
        positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Count; i++)
        {
            positions.TryAdd(sections[i].Id, i);
        }

        passagesBySection = passages.ToLookup(p => p.SectionId, StringComparer.Ordinal);
    }

    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Position of the section in reading order, or -1.</summary>
    public int IndexOf(string sectionId) => positions.GetValueOrDefault(sectionId, -1);

    /// <summary>The passages cut from the section, in source order.</summary>
    public IReadOnlyList<Passage> PassagesOf(string sectionId) => passagesBySection[sectionId].OrderBy(p => p.Start).ToList();

    /// <summary>The section whose heading path is exactly <paramref name="path"/>, if there is one.</summary>
    public Section? FindByPath(IReadOnlyList<string> path) =>
        Sections.FirstOrDefault(s => s.Path.Count == path.Count && s.Path.SequenceEqual(path, StringComparer.Ordinal));
}
