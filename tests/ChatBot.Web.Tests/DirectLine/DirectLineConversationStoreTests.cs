using ChatBot.Web.DirectLine;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Tests.DirectLine;

public sealed class DirectLineConversationStoreTests
{
    private readonly ManualTime time = new();

    [Fact]
    public void Idle_conversation_expires_and_its_token_stops_working()
    {
        var store = Store();
        var session = store.TryCreate()!;

        time.Advance(TimeSpan.FromMinutes(21));
        var removed = store.RemoveExpired();

        Assert.Equal(1, removed);
        Assert.Equal(DirectLineAccess.Forbidden, store.Authorize("Bearer " + session.Token, session.ConversationId, out _));
    }

    [Fact]
    public void Conversation_in_use_does_not_expire()
    {
        var store = Store();
        var session = store.TryCreate()!;

        time.Advance(TimeSpan.FromMinutes(15));
        store.Authorize("Bearer " + session.Token, session.ConversationId, out _);
        time.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(0, store.RemoveExpired());
    }

    [Fact]
    public void Expired_token_is_forbidden_but_a_refreshed_one_works()
    {
        var store = Store();
        var session = store.TryCreate()!;
        time.Advance(TimeSpan.FromMinutes(10));
        store.Authorize("Bearer " + session.Token, null, out var conversation);
        var refreshed = store.IssueToken(conversation!);

        time.Advance(TimeSpan.FromMinutes(25));

        Assert.Equal(DirectLineAccess.Forbidden, store.Authorize("Bearer " + session.Token, null, out _));
        Assert.Equal(DirectLineAccess.Granted, store.Authorize("Bearer " + refreshed.Token, null, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic abc")]
    [InlineData("Bearer ")]
    public void Missing_or_malformed_authorization_is_unauthenticated(string? header)
    {
        var store = Store();
        store.TryCreate();

        Assert.Equal(DirectLineAccess.Unauthenticated, store.Authorize(header, null, out _));
    }

    [Fact]
    public void Activities_beyond_the_limit_drop_the_oldest_but_watermarks_keep_counting()
    {
        var store = Store(o => o.MaxActivitiesPerConversation = 10);
        var session = store.TryCreate()!;
        store.Authorize("Bearer " + session.Token, null, out var conversation);

        for (var i = 0; i < 15; i++)
        {
            conversation!.Append(new Microsoft.Bot.Schema.Activity("message") { Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var (activities, watermark) = conversation!.Since(0);
        Assert.Equal(10, activities.Count);
        Assert.Equal(15, watermark);
        Assert.Contains("\"text\":\"14\"", activities[^1], StringComparison.Ordinal);
    }

    private DirectLineConversationStore Store(Action<DirectLineOptions>? configure = null)
    {
        var options = new DirectLineOptions();
        configure?.Invoke(options);
        return new DirectLineConversationStore(Options.Create(options), time);
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
