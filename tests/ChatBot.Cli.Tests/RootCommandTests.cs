using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Cli.Tests;

[Collection(EnvironmentCollection.Name)]
public sealed class RootCommandTests
{
    [Fact]
    public void RootCommand_HasTheIndexSearchEvalAskAndFeedbackVerbs()
    {
        using var services = new ServiceCollection().BuildServiceProvider();

        var root = ChatBotCli.BuildRootCommand(services);

        Assert.Equal(["index", "search", "eval", "ask", "train", "feedback"], root.Subcommands.Select(c => c.Name));
    }

    [Fact]
    public async Task MissingEmbeddingSetting_FailsAtStartWithTheReadmeHint()
    {
        Environment.SetEnvironmentVariable("Embeddings__Provider", "OpenAI");
        try
        {
            var (exitCode, _, error) = await CliRunner.RunAsync(new FakeRetriever(), "", "search", "x");

            Assert.Equal(1, exitCode);
            Assert.Contains("Missing configuration: Embeddings:Model. See the README.", error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Embeddings__Provider", null);
        }
    }
}
