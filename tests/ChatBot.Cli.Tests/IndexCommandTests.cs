using ChatBot.Core.Corpus;

namespace ChatBot.Cli.Tests;

public sealed class IndexCommandTests
{
    [Fact]
    public async Task Index_PrintsCountsTimingsAndProblemsAsWarnings()
    {
        var index = new FakeCorpusIndex(fromSnapshot: true, new CorpusProblem("broken.txt", "The file is not UTF-8 text."));

        var (exitCode, output, error) = await CliRunner.RunAsync(new FakeRetriever(), index, "", "index");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"Sections:\s+38", output);
        Assert.Matches(@"Glossary entries:\s+252", output);
        Assert.Matches(@"Passages:\s+383", output);
        Assert.Contains("loaded from snapshot", output);
        Assert.Contains("total 60 ms", output);
        Assert.Contains("warning: broken.txt: The file is not UTF-8 text.", error);
    }

    [Fact]
    public async Task Index_Rebuild_AsksForARebuild()
    {
        var index = new FakeCorpusIndex();

        var (exitCode, output, _) = await CliRunner.RunAsync(new FakeRetriever(), index, "", "index", "--rebuild");

        Assert.Equal(0, exitCode);
        Assert.Equal([true], index.Rebuilds);
        Assert.Contains("computed", output);
    }

    [Fact]
    public async Task Search_WhenTheIndexMustBeBuilt_SaysSoOnStandardErrorOnly()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(new FakeRetriever(), new FakeCorpusIndex(fromSnapshot: false), "buried\n", "search", "--json");

        Assert.Equal(0, exitCode);
        Assert.Contains("Building the search index", error);
        Assert.StartsWith("[", output.TrimStart());
    }
}
