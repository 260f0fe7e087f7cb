using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Web.Sources;

/// <summary>Splits a section's paragraphs into sentences and tells which passages each sentence belongs to, so a cited passage can be marked.</summary>
public static partial class PassageHighlighter
{
    private static readonly SentenceSplitter Splitter = new();

    /// <summary>For each paragraph, its sentences with the ids of the passages that hold them.</summary>
    public static IReadOnlyList<IReadOnlyList<MarkedSentence>> Mark(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Passage> passages)
    {
        var result = paragraphs.Select(p => SplitSentences(p.Text).Select(s => new MarkedSentence(s, [])).ToList()).ToList();
        foreach (var passage in passages)
        {
            var text = Normalize(passage.Text);
            var marked = false;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var paragraph = paragraphs[i];
                var inside = paragraph.Start >= passage.Start && paragraph.End <= passage.End && paragraph.End > paragraph.Start;
                var overlaps = paragraph.Start < passage.End && passage.Start < paragraph.End;
                foreach (var sentence in result[i])
                {
                    // Offsets place the passage; the text check handles a passage that starts or ends inside a paragraph.
                    if (inside || (overlaps && text.Contains(Normalize(sentence.Text), StringComparison.Ordinal)))
                    {
                        sentence.PassageIds.Add(passage.Id);
                        marked = true;
                    }
                }
            }

            if (!marked)
            {
                // Offsets that do not line up (e.g. an index built from another cleaning): fall back to the text alone.
                foreach (var sentence in result.SelectMany(s => s))
                {
                    var normalized = Normalize(sentence.Text);
                    if (normalized.Length > 0 && text.Contains(normalized, StringComparison.Ordinal))
                    {
                        sentence.PassageIds.Add(passage.Id);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Sentences of a paragraph, split as the chunker splits them, so passage boundaries fall between them.</summary>
    public static IReadOnlyList<string> SplitSentences(string text)
    {
        var sentences = Splitter.Split(text);
        return sentences.Count > 0 ? sentences : [text.Trim()];
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
