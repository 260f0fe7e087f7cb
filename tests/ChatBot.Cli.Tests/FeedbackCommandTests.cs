using ChatBot.Core.Feedback;
using ChatBot.Core.Retrieval.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli.Tests;

[Collection(EnvironmentCollection.Name)]
public sealed class FeedbackCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-cli-feedback-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private JsonlFeedbackStore Store() =>
        new(Options.Create(new FeedbackOptions { Path = Path.Combine(folder, "feedback.jsonl") }), NullLogger<JsonlFeedbackStore>.Instance);

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var store = Store();
        var exitCode = await ChatBotCli.RunAsync(args, services => services.AddSingleton<IFeedbackStore>(store), new CliConsole(new StringReader(string.Empty), output, error));
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task SeedAsync()
    {
        var store = Store();
        await store.AddAsync(Record(FeedbackRecord.Like, "Where was Trotsky born?", null, 1));
        await store.AddAsync(Record(FeedbackRecord.Dislike, "Whose guest was he there?", "wrong host", 2, "Who let Trotsky into Norway?"));
    }

    [Fact]
    public async Task Feedback_ListsRecentReactionsNewestFirst()
    {
        await SeedAsync();

        var (exitCode, output, _) = await RunAsync("feedback");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("👎 [msteams] Whose guest was he there?", lines[0]);
        Assert.Contains("comment: wrong host", output);
        Assert.Contains("👍 [msteams] Where was Trotsky born?", output);
    }

    [Fact]
    public async Task FeedbackExport_WritesTheDislikesAsEvalCases_ThatEvalCanRead()
    {
        await SeedAsync();
        var file = Path.Combine(folder, "out", "cases.jsonl");

        var (exitCode, output, _) = await RunAsync("feedback", "--export", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("Wrote 1 case(s)", output);
        var (items, errors) = EvalSetReader.Read(file);
        Assert.Empty(errors);
        var item = Assert.Single(items);
        Assert.Equal("Whose guest was he there?", item.Question);
        Assert.Equal(["Who let Trotsky into Norway?"], item.History);
        Assert.Empty(item.MustInclude);
    }

    [Fact]
    public async Task Feedback_WithNothingStored_SaysSo()
    {
        var (exitCode, output, _) = await RunAsync("feedback");

        Assert.Equal(0, exitCode);
        Assert.Contains("No feedback yet.", output);
    }

    private static FeedbackRecord Record(string reaction, string question, string? comment, int minute, params string[] history) => new(
        new DateTimeOffset(2026, 12, 1, 10, minute, 0, TimeSpan.Zero), "msteams", "c", "r", reaction, comment, question, history, "An answer [1].", true,
        [new FeedbackCitation(1, "p-1", "leon-trotsky/exile", "Encyclopedia › Exile", "Exile")]);
}
