using System.Text.Json;
using ChatBot.Core.Retrieval;

namespace ChatBot.Cli.Tests;

public sealed class SearchCommandTests
{
    [Fact]
    public async Task JsonWithoutQuery_ReadsOneQueryPerLine_AndWritesOneArrayPerLine()
    {
        var retriever = new FakeRetriever();

        var (exitCode, output, error) = await CliRunner.RunAsync(retriever, "where is the Epilogue grave\n\nchildhood and family\n", "search", "--json", "--top", "2");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(JsonValueKind.Array, first.ValueKind);
        Assert.Equal(2, first.GetArrayLength());
        var hit = first[0];
        Assert.Equal("Encyclopedia › Epilogue", hit.GetProperty("section").GetString());
        Assert.Equal(1.0, hit.GetProperty("score").GetDouble());
        Assert.Equal(FakeRetriever.Epilogue.Text, hit.GetProperty("text").GetString());
        Assert.Equal(["section", "score", "text"], hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("[]", lines[1].Trim());
        var third = JsonDocument.Parse(lines[2]).RootElement;
        Assert.Equal("Encyclopedia › Before the 1917 Revolution › Childhood and family (1879–1895)", third[0].GetProperty("section").GetString());
        Assert.Equal(2, retriever.Calls.Count);
    }

    [Fact]
    public async Task Json_GlossaryEntriesAreShownUnderGlossary()
    {
        var (_, output, _) = await CliRunner.RunAsync(new FakeRetriever(), "", "search", "who edited Novy Mir", "--json", "--top", "1");

        var hit = JsonDocument.Parse(output).RootElement.EnumerateArray().Single();
        Assert.Equal("Glossary › Novy Mir (1916 magazine)", hit.GetProperty("section").GetString());
    }

    [Theory]
    [InlineData("keyword", RetrievalMode.Keyword)]
    [InlineData("vector", RetrievalMode.Vector)]
    [InlineData("hybrid", RetrievalMode.Hybrid)]
    public async Task ModeAndTop_ArePassedToTheRetriever(string flag, RetrievalMode mode)
    {
        var retriever = new FakeRetriever();

        var (exitCode, output, _) = await CliRunner.RunAsync(retriever, "", "search", "buried", "--mode", flag, "--top", "3");

        Assert.Equal(0, exitCode);
        Assert.Equal(("buried", (RetrievalMode?)mode, (int?)3), retriever.Calls.Single());
        Assert.Contains("Encyclopedia › Epilogue", output);
    }

    [Fact]
    public async Task WithoutModeOrTop_LeavesThemToConfiguration()
    {
        var retriever = new FakeRetriever();

        await CliRunner.RunAsync(retriever, "", "search", "buried");

        Assert.Equal(("buried", (RetrievalMode?)null, (int?)null), retriever.Calls.Single());
    }

    [Fact]
    public async Task UnknownMode_IsRejectedWithoutSearching()
    {
        var retriever = new FakeRetriever();

        var (exitCode, _, error) = await CliRunner.RunAsync(retriever, "", "search", "buried", "--mode", "fuzzy");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("fuzzy", error);
        Assert.Empty(retriever.Calls);
    }

    [Fact]
    public async Task NoQueryWithoutJson_ExplainsWhatToDo()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(new FakeRetriever(), "", "search");

        Assert.Equal(2, exitCode);
        Assert.Contains("give a query", error);
    }
}
