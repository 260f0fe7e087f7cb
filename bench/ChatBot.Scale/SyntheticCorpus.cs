using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using System.Text;

namespace ChatBot.Scale;

/// <summary>
/// Writes a corpus <c>scale</c> times the size of the seed: the seed file itself plus <c>scale − 1</c> Markdown
/// "volumes" of its cleaned sections, each volume with its headings renamed and the sentences of every paragraph
/// shuffled (seeded by the volume number), so no two passages are the same text and ids, BM25 statistics and
/// near-duplicate collapsing behave as on a bigger real corpus. Generated at run time; never committed.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly SentenceSplitter Sentences = new();

    /// <summary>Fills <paramref name="target"/> (emptied first) and returns the number of characters written.</summary>
    public static long Write(string seedFolder, string target, int scale)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.CreateDirectory(target);
        long chars = 0;
        foreach (var file in Directory.EnumerateFiles(seedFolder))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            chars += new FileInfo(file).Length;
        }

        var seed = new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(seedFolder);
        for (var volume = 1; volume < scale; volume++)
        {
            var text = Volume(seed.Documents, volume);
            File.WriteAllText(Path.Combine(target, $"volume-{volume:D3}.md"), text, new UTF8Encoding(false));
            chars += text.Length;
        }

        return chars;
    }

    private static string Volume(IReadOnlyList<CorpusDocument> documents, int volume)
    {
        var random = new Random(volume);
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            text.Append("# ").Append(document.Title).Append(" (volume ").Append(volume).Append(")\n\n");
            foreach (var section in document.Sections.Where(s => s.Paragraphs.Count > 0))
            {
                text.Append("## ").Append(string.Join(" / ", section.Path)).Append(" (volume ").Append(volume).Append(")\n\n");
                foreach (var paragraph in section.Paragraphs)
                {
                    var body = paragraph.IsListItem ? paragraph.Text.TrimStart('•', ' ') : paragraph.Text;
                    var sentences = Sentences.Split(body).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
                    random.Shuffle(sentences);
                    text.Append(paragraph.IsListItem ? "- " : string.Empty).Append(string.Join(' ', sentences)).Append("\n\n");
                }
            }
        }

        return text.ToString();
    }
}
