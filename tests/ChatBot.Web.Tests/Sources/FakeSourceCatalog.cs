using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Web.Sources;

namespace ChatBot.Web.Tests.Sources;

/// <summary>Three sections in reading order; the middle one holds the passage the fake answer cites, and one paragraph with markup in it.</summary>
public sealed class FakeSourceCatalog : ISourceCatalog
{
    public const string Script = "<script>alert('x')</script>";
    public const string BornSentence = "Trotsky was born in Yanovka, in the Kherson governorate.";

    public static SourceCatalogSnapshot Snapshot { get; } = Build();

    public Task<SourceCatalogSnapshot> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Snapshot);

    private static SourceCatalogSnapshot Build()
    {
        string[] root = ["Encyclopedia"];
        var intro = new Section("leon-trotsky/encyclopedia", root, SectionKind.Article, "leon-trotsky.txt",
            [new Paragraph("Leon Trotsky was a Russian revolutionary.", 0, 42)]);
        var childhood = new Section(
            "leon-trotsky/childhood-and-family",
            ["Encyclopedia", "Childhood and family"],
            SectionKind.Article,
            "leon-trotsky.txt",
            [
                new Paragraph("His family were farmers. " + BornSentence + " He went to school in Odessa.", 100, 200),
                new Paragraph("A later paragraph mentions " + Script + " as plain text.", 200, 260),
            ]);
        var exile = new Section("leon-trotsky/exile", ["Encyclopedia", "Exile"], SectionKind.Article, "leon-trotsky.txt",
            [new Paragraph("He was exiled in 1929.", 300, 322)]);
        Passage[] passages =
        [
            new("pass-intro", intro.Id, intro.Path, SectionKind.Article, intro.Paragraphs[0].Text, "leon-trotsky.txt", 0, 42),
            new("pass-born", childhood.Id, childhood.Path, SectionKind.Article, BornSentence + " He went to school in Odessa.", "leon-trotsky.txt", 125, 200),
            new("pass-later", childhood.Id, childhood.Path, SectionKind.Article, childhood.Paragraphs[1].Text, "leon-trotsky.txt", 200, 260),
        ];
        return new SourceCatalogSnapshot([intro, childhood, exile], passages);
    }
}
