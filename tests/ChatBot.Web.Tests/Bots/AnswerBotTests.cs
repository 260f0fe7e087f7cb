using ChatBot.Web.Feedback;
using ChatBot.Core.Answering;
using ChatBot.Web.Bots;
using ChatBot.Web.Rendering;
using ChatBot.Web.Tests.Fakes;
using ChatBot.Web.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using BotChannels = Microsoft.Bot.Connector.Channels;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.Bots;

public sealed class AnswerBotTests
{
    private static readonly string[] ExampleQuestions = ["Who let Trotsky into Norway?", "Why was Trotsky expelled?", "What was the Left Opposition?"];

    private readonly FakeAnswerService _answers = new();

    // Typing at once (TypingDelay zero), so the tests see the indicator whatever the answer's speed.
    private static BotOptions Settings(int historyLength = 5, TimeSpan? typingDelay = null) => new()
    {
        HistoryLength = historyLength,
        TypingDelay = typingDelay ?? TimeSpan.Zero,
        ExampleQuestions = [.. ExampleQuestions],
        Welcome = "Hi! I answer questions about Leon Trotsky.",
    };

    private AnswerBot CreateBot(BotOptions? options = null, IAnswerService? answers = null)
    {
        var state = new ConversationState(new MemoryStorage());
        return new(
            answers ?? _answers,
            new FakeCorpusIndex(),
            state,
            new AnswerActivityRenderer(),
            new AnswerFeedback(state, new MemoryFeedbackStore(), NullLogger<AnswerFeedback>.Instance),
            Options.Create(options ?? Settings()),
            NullLogger<AnswerBot>.Instance);
    }

    private static TestAdapter Adapter(string channelId = BotChannels.Msteams, string conversationType = "personal")
    {
        var reference = TestAdapter.CreateConversation("bot-tests", "user1", "bot");
        reference.ChannelId = channelId;
        reference.Conversation.ConversationType = conversationType;

        // As the channel endpoints do: replies' links under the host's address.
        return (TestAdapter)new TestAdapter(reference).Use(new TurnStateMiddleware<ReplyLinks>(new ReplyLinks(new Uri("https://bot.example.org/"))));
    }

    private static JObject AsSent(IActivity activity) =>
        JObject.FromObject(activity, Newtonsoft.Json.JsonSerializer.Create(new() { NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore }));

    private static Activity MembersAdded(params string[] ids) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = ids.Select(id => new ChannelAccount(id)).ToList(),
    };

    [Fact]
    public async Task Welcome_WhenAUserJoins_OffersThreeExampleQuestions()
    {
        await new TestFlow(Adapter(), CreateBot())
            .Send(MembersAdded("user1", "bot"))
            .AssertReply(reply =>
            {
                Assert.Contains("Leon Trotsky", ((IMessageActivity)reply).Text);
                Assert.Equal(ExampleQuestions, ((IMessageActivity)reply).SuggestedActions.Actions.Select(a => (string)a.Value));
            })
            .AssertNoReply(timeout: 100)
            .StartTestAsync();
    }

    [Fact]
    public async Task Welcome_WhenOnlyTheBotJoins_SaysNothing()
    {
        await new TestFlow(Adapter(), CreateBot())
            .Send(MembersAdded("bot"))
            .AssertNoReply(timeout: 100)
            .StartTestAsync();
    }

    [Fact]
    public async Task Welcome_InATeamsChannel_ListsTheExamplesInTheText()
    {
        await new TestFlow(Adapter(BotChannels.Msteams, "channel"), CreateBot())
            .Send(MembersAdded("user2"))
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.Null(message.SuggestedActions);
                Assert.All(ExampleQuestions, q => Assert.Contains(q, message.Text));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Question_ShowsTypingThenACitedAnswerWithTheEntity()
    {
        await new TestFlow(Adapter(), CreateBot())
            .Send("Where was Trotsky born?")
            .AssertReply(reply => Assert.Equal(ActivityTypes.Typing, reply.Type))
            .AssertReply(reply =>
            {
                var sent = AsSent(reply);
                Assert.Contains("[1]", (string)sent["text"]!);
                CitationEntityRules.AssertValid(sent);
                Assert.Equal("default", (string?)sent["channelData"]!["feedbackLoop"]!["type"]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Question_TheServiceDeclines_RepliesWithoutCitations()
    {
        await new TestFlow(Adapter(BotChannels.Webchat), CreateBot())
            .Send("What was Trotsky's favourite colour?")
            .AssertReply(reply => Assert.Equal(ActivityTypes.Typing, reply.Type))
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.Equal(FakeAnswerService.Decline, message.Text);
                Assert.DoesNotContain(message.Entities ?? [], e => e.Type == AnswerActivityRenderer.MessageEntityType);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Question_WithTheBotsMention_IsAskedWithoutIt()
    {
        // As Teams sends it in a group chat: the mention in the text and as an entity, then a non-breaking space.
        var mentioned = Newtonsoft.Json.JsonConvert.DeserializeObject<Activity>("""
            {
              "type": "message",
              "text": "<at>ChatBot</at>\u00a0Where was Trotsky born?",
              "entities": [{ "type": "mention", "mentioned": { "id": "bot", "name": "ChatBot" }, "text": "<at>ChatBot</at>" }]
            }
            """)!;

        await new TestFlow(Adapter(BotChannels.Msteams, "groupChat"), CreateBot())
            .Send(mentioned)
            .AssertReply(reply => Assert.Equal(ActivityTypes.Typing, reply.Type))
            .AssertReply(reply => Assert.Contains("[1]", ((IMessageActivity)reply).Text))
            .StartTestAsync();

        Assert.Equal("Where was Trotsky born?", Assert.Single(_answers.Calls).Question);
    }

    [Fact]
    public async Task FollowUp_IsAskedWithTheEarlierQuestions_AndResetForgetsThem()
    {
        await new TestFlow(Adapter(), CreateBot())
            .Send("Where was Trotsky born?").AssertReply(_ => { }).AssertReply(_ => { })
            .Send("Who let Trotsky into Norway?").AssertReply(_ => { }).AssertReply(_ => { })
            .Send("reset").AssertReply(BotReplies.HistoryForgotten)
            .Send("Who let Trotsky into Norway?").AssertReply(_ => { }).AssertReply(_ => { })
            .StartTestAsync();

        var calls = _answers.Calls.ToArray();
        Assert.Equal(3, calls.Length);
        Assert.Empty(calls[0].History);
        Assert.Equal(["Where was Trotsky born?"], calls[1].History);
        Assert.Empty(calls[2].History);
    }

    [Fact]
    public async Task History_KeepsOnlyTheConfiguredNumberOfQuestions()
    {
        var flow = new TestFlow(Adapter(), CreateBot(Settings(historyLength: 2)));
        foreach (var question in new[] { "q1 born", "q2 born", "q3 born", "q4 born" })
        {
            flow = flow.Send(question).AssertReply(_ => { }).AssertReply(_ => { });
        }

        await flow.StartTestAsync();

        Assert.Equal(["q2 born", "q3 born"], _answers.Calls.Last().History);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("/Help")]
    [InlineData("")]
    public async Task Help_ListsTheCommands(string text)
    {
        await new TestFlow(Adapter(), CreateBot())
            .Send(text)
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.Contains("\"sources\"", message.Text);
                Assert.Contains("\"reset\"", message.Text);
                Assert.DoesNotContain("**", message.Text);
                Assert.Equal(3, message.SuggestedActions.Actions.Count);
            })
            .StartTestAsync();

        Assert.Empty(_answers.Calls);
    }

    [Fact]
    public async Task Question_AnsweredQuickly_GetsNoTypingIndicator()
    {
        await new TestFlow(Adapter(), CreateBot(Settings(typingDelay: TimeSpan.FromSeconds(5))))
            .Send("Where was Trotsky born?")
            .AssertReply(reply => Assert.Contains("[1]", ((IMessageActivity)reply).Text))
            .AssertNoReply(timeout: 100)
            .StartTestAsync();
    }

    [Fact]
    public async Task Question_AnsweredSlowly_GetsTypingFirst()
    {
        var slow = new SlowAnswerService(_answers, TimeSpan.FromMilliseconds(500));

        await new TestFlow(Adapter(), CreateBot(Settings(typingDelay: TimeSpan.FromMilliseconds(50)), slow))
            .Send("Where was Trotsky born?")
            .AssertReply(reply => Assert.Equal(ActivityTypes.Typing, reply.Type))
            .AssertReply(reply => Assert.Contains("[1]", ((IMessageActivity)reply).Text), timeout: 5000)
            .StartTestAsync();
    }

    [Fact]
    public async Task Sources_ListsTheArticleSectionsWithTheTurnsLinksAndCountsTheGlossary()
    {
        var reference = TestAdapter.CreateConversation("bot-tests", "user1", "bot");
        var adapter = new TestAdapter(reference).Use(new TurnStateMiddleware<ReplyLinks>(new ReplyLinks(new Uri("https://bot.example.org/chat/"))));
        await new TestFlow((TestAdapter)adapter, CreateBot())
            .Send("sources")
            .AssertReply(reply =>
            {
                var text = ((IMessageActivity)reply).Text;
                Assert.Contains("- [Overview](https://bot.example.org/chat/sources/leon-trotsky/overview)", text);
                Assert.Contains("  - [Childhood and family (1879–1895)](https://bot.example.org/chat/sources/leon-trotsky/childhood)", text);
                Assert.Contains("Plus 2 glossary entries", text);
                Assert.DoesNotContain("Ice axe", text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task OverLongMessage_GetsAPoliteReplyAndIsNotAnswered()
    {
        await new TestFlow(Adapter(), CreateBot())
            .Send(new string('x', 2001))
            .AssertReply(reply => Assert.Contains("up to 2,000 characters", ((IMessageActivity)reply).Text))
            .StartTestAsync();

        Assert.Empty(_answers.Calls);
    }

    [Fact]
    public async Task FeedbackInvoke_IsAcknowledgedWith200()
    {
        var feedback = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "message/submitAction",
            ReplyToId = "reply-1",
            Value = JObject.Parse("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{\"feedbackText\":\"Helpful\"}"}}"""),
        };

        await new TestFlow(Adapter(), CreateBot())
            .Send(feedback)
            .AssertReply(reply =>
            {
                Assert.Equal(ActivityTypesEx.InvokeResponse, reply.Type);
                var response = Assert.IsType<InvokeResponse>(((Activity)reply).Value);
                Assert.Equal(200, response.Status);
                Assert.Null(response.Body);
            })
            .AssertNoReply(timeout: 100)
            .StartTestAsync();
    }
}
