using System.Text;
using ChatBot.Core.Corpus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ChatBot.Core.Tests.Corpus;

public sealed class CorpusLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-corpus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    private void WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static CorpusLoader Loader() => new(NullLogger<CorpusLoader>.Instance);

    [Fact]
    public void Load_ReadsTxtAndMdRecursively_InOrdinalOrder()
    {
        Write("b.txt", "Plain text.");
        Write("A.md", "# Head\n\nBody.");
        Write("sub/c.md", "# Sub\n\nNested.");
        Write("ignored.json", "{}");
        Write(".hidden.txt", "Editor backup.");
        Write(".git/notes.md", "# Not corpus");

        var result = Loader().Load(_folder);

        Assert.Empty(result.Problems);
        Assert.Equal(["A.md", "b.txt", "sub/c.md"], result.Documents.Select(d => d.SourceFile));
        Assert.Equal("sub/c/sub", result.Documents[2].Sections[0].Id);
    }

    [Fact]
    public void Load_BadFiles_BecomeProblemsNamingTheFile_AndTheRestIsRead()
    {
        Write("good.txt", "Good text.");
        Write("empty.txt", string.Empty);
        Write("blank.md", "  \n\n ");
        WriteBytes("binary.txt", [0x48, 0x69, 0x00, 0x01, 0x02]);
        WriteBytes("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A]); // "café" in Latin-1
        File.CreateSymbolicLink(Path.Combine(_folder, "unreadable.txt"), Path.Combine(_folder, "missing-target.txt"));

        var result = Loader().Load(_folder);

        Assert.Equal(["good.txt"], result.Documents.Select(d => d.SourceFile));
        var problems = result.Problems.ToDictionary(p => p.File, p => p.Message);
        Assert.Equal(["binary.txt", "blank.md", "empty.txt", "latin1.txt", "unreadable.txt"], problems.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("empty", problems["empty.txt"]);
        Assert.Contains("white space", problems["blank.md"]);
        Assert.Contains("binary", problems["binary.txt"]);
        Assert.Contains("not valid UTF-8", problems["latin1.txt"]);
        Assert.Contains("cannot be read", problems["unreadable.txt"]);
        Assert.All(result.Problems, p => Assert.Contains($"'{p.File}'", p.Message));
    }

    [Fact]
    public void Load_MissingFolder_GivesAProblem_AndNoDocuments()
    {
        var missing = Path.Combine(_folder, "nope");
        var result = Loader().Load(missing);
        Assert.Empty(result.Documents);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(missing, problem.File);
        Assert.Contains("does not exist", problem.Message);
    }

    [Fact]
    public void Load_LogsEachProblemAsAWarning()
    {
        Write("empty.txt", string.Empty);
        var logger = new Mock<ILogger<CorpusLoader>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);

        new CorpusLoader(logger.Object).Load(_folder);

        logger.Verify(
            l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.Is<It.IsAnyType>((v, _) => v.ToString()!.Contains("empty.txt")), null, It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Once);
    }

    [Fact]
    public void Load_StripsUtf8Bom_OffsetsIndexTheDecodedText()
    {
        WriteBytes("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Hello there.")]);
        var paragraph = Loader().Load(_folder).Documents.Single().Sections.Single().Paragraphs.Single();
        Assert.Equal("Hello there.", paragraph.Text);
        Assert.Equal(0, paragraph.Start);
        Assert.Equal(12, paragraph.End);
    }

    [Fact]
    public void ContentHash_IsStable_AndChangesWithContentOrName()
    {
        Write("a.txt", "One.");
        var first = Loader().Load(_folder).ContentHash;
        Assert.Equal(first, Loader().Load(_folder).ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", first);

        Write("a.txt", "Two.");
        var changed = Loader().Load(_folder).ContentHash;
        Assert.NotEqual(first, changed);

        File.Move(Path.Combine(_folder, "a.txt"), Path.Combine(_folder, "b.txt"));
        Assert.NotEqual(changed, Loader().Load(_folder).ContentHash);
    }

    [Fact]
    public void Load_SameSlugInTwoFiles_GetsUniqueIds()
    {
        // Both files' only section is named after the file, "x": the second one gets a suffix.
        Write("x.md", "One.");
        Write("x.txt", "Two.");

        var ids = Loader().Load(_folder).Documents.SelectMany(d => d.Sections).Select(s => s.Id).ToList();

        Assert.Equal(["x/x", "x/x-2"], ids);
    }

    [Fact]
    public void Load_TooLargeFile_IsAProblem()
    {
        using (var stream = File.Create(Path.Combine(_folder, "huge.txt")))
        {
            stream.SetLength(CorpusLoader.MaxFileBytes + 1);
        }

        Write("small.txt", "Small.");
        var result = Loader().Load(_folder);

        Assert.Equal(["small.txt"], result.Documents.Select(d => d.SourceFile));
        Assert.Contains("too large", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Load_PicksTheScrapedReaderByContent_WhateverTheFileIsCalled()
    {
        var real = File.ReadAllText(Path.Combine(ChatBot.Core.Configuration.ContentPaths.Resolve("corpus"), "leon-trotsky.txt"));
        Write("notes/renamed.md", real);

        var document = Assert.Single(Loader().Load(_folder).Documents);

        Assert.Contains(document.Sections, s => s.DisplayPath == "Encyclopedia › Before the 1917 Revolution › Childhood and family (1879–1895)");
        Assert.Contains(document.Sections, s => s.Id == "glossary/ss-kristianiafjord");
        Assert.Equal("notes/renamed/overview", document.Sections[0].Id);
    }
}
