using ChatBot.Core.Configuration;
using ChatBot.Core.Corpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Core.Tests.Corpus;

/// <summary>The repository's corpus, loaded once for the tests that read it.</summary>
public sealed class RealCorpusFixture
{
    public const string FileName = "leon-trotsky.txt";

    public RealCorpusFixture()
    {
        Folder = ContentPaths.Resolve("corpus");
        Result = new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(Folder);
        Document = Result.Documents.Single(d => d.SourceFile == FileName);
        SourceText = File.ReadAllText(Path.Combine(Folder, FileName));
    }

    public string Folder { get; }

    public CorpusLoadResult Result { get; }

    public CorpusDocument Document { get; }

    public string SourceText { get; }

    public IEnumerable<Section> ArticleSections => Document.Sections.Where(s => s.Kind != SectionKind.Glossary);

    public IEnumerable<Section> GlossarySections => Document.Sections.Where(s => s.Kind == SectionKind.Glossary);

    public IEnumerable<Paragraph> ArticleParagraphs => ArticleSections.SelectMany(s => s.Paragraphs);

    public Section SectionTitled(string title) => Document.Sections.Single(s => s.Title == title && s.Kind != SectionKind.Glossary);
}
