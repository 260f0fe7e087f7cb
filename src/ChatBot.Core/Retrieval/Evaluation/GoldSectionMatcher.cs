using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Retrieval.Evaluation;

/// <summary>Whether a retrieved passage is one of an item's gold sections.</summary>
public static class GoldSectionMatcher
{
    private const string GlossaryPrefix = "glossary:";

    /// <summary>
    /// True when the passage's deepest heading equals a gold title, or, for a glossary entry, when "glossary:&lt;title&gt;"
    /// is among the gold sections (case and white space ignored).
    /// </summary>
    public static bool IsHit(Passage passage, IEnumerable<string> goldSections)
    {
        var title = Normalize(passage.Title);
        foreach (var gold in goldSections)
        {
            var isGlossaryGold = gold.StartsWith(GlossaryPrefix, StringComparison.OrdinalIgnoreCase);
            if (isGlossaryGold != (passage.Kind == SectionKind.Glossary))
            {
                continue;
            }

            if (Normalize(isGlossaryGold ? gold[GlossaryPrefix.Length..] : gold) == title)
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
