using System.Text.Json;

namespace ChatBot.Cli.Tests;

public sealed class AskCommandTests
{
    [Fact]
    public async Task Ask_PrintsTheAnswerAndItsNumberedSources()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(new FakeRetriever(), "", "ask", "Where is Trotsky buried?");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("buried in the garden of his house in Coyoacán [1].", output, StringComparison.Ordinal);
        Assert.Contains("Sources:", output, StringComparison.Ordinal);
        Assert.Contains("[1] Encyclopedia › Epilogue", output, StringComparison.Ordinal);
        Assert.Contains("/sources/s2#p-p2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Json_HasTheShapeOfTheHttpApi()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(new FakeRetriever(), "", "ask", "Where is Trotsky buried?", "--json");

        Assert.Equal(0, exitCode);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("answered").GetBoolean());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(1, citation.GetProperty("index").GetInt32());
        Assert.Equal("Encyclopedia › Epilogue", citation.GetProperty("section").GetString());
    }

    [Fact]
    public async Task Ask_WithHistory_SearchesTheFollowUpWithThePreviousQuestion()
    {
        var retriever = new FakeRetriever();

        await CliRunner.RunAsync(retriever, "", "ask", "and where is he now?", "--history", "what happens in the Epilogue");

        Assert.Contains(retriever.Calls, c => c.Query == "what happens in the Epilogue and where is he now?");
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public async Task Ask_EmptyQuestion_GivesAClearErrorAndNoStackTrace(string question)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(new FakeRetriever(), "", "ask", question);

        Assert.Equal(2, exitCode);
        Assert.Contains("error: the question must be 1 to 2000 characters", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }
}
