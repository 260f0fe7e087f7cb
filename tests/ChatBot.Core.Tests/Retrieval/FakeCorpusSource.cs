using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Tests.Retrieval;

/// <summary>A corpus built in the test: sections given as (path, kind, texts); one passage per text.</summary>
internal sealed class FakeCorpusSource : ICorpusSource
{
    private readonly List<(string[] Path, SectionKind Kind, string[] Texts)> sections = [];

    public int Reads { get; private set; }

    public List<CorpusProblem> Problems { get; } = [];

    public FakeCorpusSource Add(string path, SectionKind kind, params string[] texts)
    {
        sections.Add((path.Split(" › "), kind, texts));
        return this;
    }

    /// <summary>Removes the section at <paramref name="path"/> (a deleted file, in effect).</summary>
    public FakeCorpusSource Remove(string path)
    {
        sections.RemoveAll(s => string.Join(" › ", s.Path) == path);
        return this;
    }

    public FakeCorpusSource Article(string path, params string[] texts) => Add(path, SectionKind.Article, texts);

    public FakeCorpusSource Glossary(string title, string text) => Add($"Glossary › {title}", SectionKind.Glossary, text);

    public Task<CorpusContent> ReadAsync(CancellationToken cancellationToken = default)
    {
        Reads++;
        var sectionList = new List<Section>();
        var passages = new List<Passage>();
        var offset = 0;
        foreach (var (path, kind, texts) in sections)
        {
            var id = "test/" + string.Join('/', path).ToLowerInvariant().Replace(' ', '-');
            var paragraphs = new List<Paragraph>();
            foreach (var text in texts)
            {
                paragraphs.Add(new Paragraph(text, offset, offset + text.Length));
                var passageId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id + "|" + text)))[..16];
                passages.Add(new Passage(passageId, id, path, kind, text, "test.txt", offset, offset + text.Length));
                offset += text.Length + 1;
            }

            sectionList.Add(new Section(id, path, kind, "test.txt", paragraphs));
        }

        var all = string.Join("\n", sections.SelectMany(s => s.Texts.Prepend(string.Join(" › ", s.Path))));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all)));
        var document = new CorpusDocument("test.txt", "Test", sectionList);
        return Task.FromResult(new CorpusContent(new CorpusLoadResult([document], Problems, hash), passages));
    }
}
