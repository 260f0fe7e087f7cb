using ChatBot.Web.DirectLine;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Tests.DirectLine;

/// <summary>A poll that finds nothing new waits for the next activity (DirectLine:PollWaitMilliseconds), so Web Chat sees a reply as it is sent.</summary>
public sealed class DirectLineLongPollTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_waiting_poll_answers_with_the_activity_as_soon_as_it_arrives()
    {
        var conversation = NewConversation();
        var poll = conversation.WaitSinceAsync(0, Long, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(poll.IsCompleted);

        conversation.Append(new Activity(ActivityTypes.Message) { Text = "the answer" });

        // Well before the 30 s wait ends: the append woke it.
        var (activities, watermark) = await poll.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("the answer", Assert.Single(activities));
        Assert.Equal(1, watermark);
    }

    [Fact]
    public async Task A_poll_with_something_new_answers_at_once()
    {
        var conversation = NewConversation();
        conversation.Append(new Activity(ActivityTypes.Message) { Text = "first" });

        var poll = conversation.WaitSinceAsync(0, Long, CancellationToken.None);

        Assert.True(poll.IsCompleted);
        Assert.Single((await poll).Activities);
    }

    [Fact]
    public async Task A_poll_that_waits_in_vain_answers_empty_when_the_wait_ends()
    {
        var conversation = NewConversation();
        conversation.Append(new Activity(ActivityTypes.Message) { Text = "seen" });

        var (activities, watermark) = await conversation.WaitSinceAsync(1, TimeSpan.FromMilliseconds(50), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(activities);
        Assert.Equal(1, watermark);
    }

    [Fact]
    public async Task A_poll_whose_caller_goes_away_answers_empty_without_throwing()
    {
        var conversation = NewConversation();
        using var gone = new CancellationTokenSource();
        var poll = conversation.WaitSinceAsync(0, Long, gone.Token);

        await gone.CancelAsync();

        Assert.Empty((await poll.WaitAsync(TimeSpan.FromSeconds(10))).Activities);
    }

    private static DirectLineConversation NewConversation()
    {
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions()), TimeProvider.System);
        var session = store.TryCreate()!;
        Assert.Equal(DirectLineAccess.Granted, store.Authorize("Bearer " + session.Token, session.ConversationId, out var conversation));
        return conversation!;
    }
}
