using ChatBot.Core.Feedback;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Tests.Feedback;

public sealed class JsonlFeedbackStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-feedback-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private JsonlFeedbackStore Store() =>
        new(Options.Create(new FeedbackOptions { Path = Path.Combine(folder, "sub", "feedback.jsonl") }), NullLogger<JsonlFeedbackStore>.Instance);

    [Fact]
    public async Task AddAsync_AppendsOneLinePerRecord_AndRecentAsyncReadsThemBackNewestFirst()
    {
        var store = Store();
        await store.AddAsync(FeedbackRecords.Of(FeedbackRecord.Like, "Where was Trotsky born?", 1));
        await store.AddAsync(FeedbackRecords.Of(FeedbackRecord.Dislike, "Who let him into Norway?", 2, "wrong minister"));
        await store.AddAsync(FeedbackRecords.Of(FeedbackRecord.Dislike, "Whose guest was he?", 3, null, "Who let him into Norway?"));

        var recent = await Store().RecentAsync(2);

        Assert.Equal(3, File.ReadAllLines(store.Path).Length);
        Assert.Equal(["Whose guest was he?", "Who let him into Norway?"], recent.Select(r => r.Question));
        Assert.Equal(["Who let him into Norway?"], recent[0].History);
        Assert.Equal("wrong minister", recent[1].Comment);
        Assert.Equal("p-1", recent[1].Citations.Single().PassageId);
    }

    [Fact]
    public async Task RecentAsync_SkipsALineThatIsNotJson()
    {
        var store = Store();
        await store.AddAsync(FeedbackRecords.Of(FeedbackRecord.Like, "first"));
        await File.AppendAllTextAsync(store.Path, "{ torn line\n");
        await store.AddAsync(FeedbackRecords.Of(FeedbackRecord.Like, "second"));

        var recent = await store.RecentAsync(10);

        Assert.Equal(["second", "first"], recent.Select(r => r.Question));
    }

    [Fact]
    public async Task RecentAsync_WithNoFile_IsEmpty() => Assert.Empty(await Store().RecentAsync(5));

    [Fact]
    public async Task ConcurrentAdds_AllLand_OnWholeLines()
    {
        var store = Store();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => store.AddAsync(FeedbackRecords.Of(FeedbackRecord.Like, $"question {i}"))));

        Assert.Equal(40, (await store.RecentAsync(100)).Count);
    }
}
