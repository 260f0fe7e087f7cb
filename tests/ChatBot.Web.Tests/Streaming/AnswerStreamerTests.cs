using ChatBot.Core.Answering;
using ChatBot.Web.Bots;
using ChatBot.Web.Feedback;
using ChatBot.Web.Rendering;
using ChatBot.Web.Tests.Fakes;
using ChatBot.Web.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace ChatBot.Web.Tests.Streaming;

/// <summary>The bot's streamed replies where the channel refuses them, or where the answer does not stream.</summary>
public sealed class AnswerStreamerTests
{
    [Fact]
    public async Task ChannelRefusesTheStream_TheAnswerGoesOutWholeWithoutStreamMarks()
    {
        var answers = new PacedAnswerService(sentences: 2, pace: TimeSpan.FromMilliseconds(50));
        await new TestFlow(Adapter(refuseStreaming: true), Bot(answers))
            .Send("Where was Trotsky born?")
            .AssertReply(reply =>
            {
                var message = Assert.IsAssignableFrom<IMessageActivity>(reply);
                Assert.Equal(ActivityTypes.Message, reply.Type);
                Assert.Equal(answers.Whole.Text, message.Text);
                Assert.DoesNotContain(message.Entities, e => e.Type == StreamingActivities.StreamInfoType);
            })
            .AssertNoReply(timeout: 200)
            .StartTestAsync();
    }

    [Fact]
    public async Task OfflineAnswerFasterThanTheTypingDelay_IsTheReplyAlone()
    {
        await new TestFlow(Adapter(refuseStreaming: false), Bot(new FakeAnswerService(), TimeSpan.FromSeconds(2)))
            .Send("Where was Trotsky born?")
            .AssertReply(reply =>
            {
                Assert.Equal(ActivityTypes.Message, reply.Type);
                Assert.Null(StreamingActivities.StreamInfoOf(reply));
            })
            .AssertNoReply(timeout: 200)
            .StartTestAsync();
    }

    private static AnswerBot Bot(IAnswerService answers, TimeSpan? typingDelay = null)
    {
        var state = new ConversationState(new MemoryStorage());
        return new AnswerBot(
            answers,
            new FakeCorpusIndex(),
            state,
            new AnswerActivityRenderer(),
            new AnswerFeedback(state, new MemoryFeedbackStore(), NullLogger<AnswerFeedback>.Instance),
            Options.Create(new BotOptions { TypingDelay = typingDelay ?? TimeSpan.FromMilliseconds(500), StreamingInterval = TimeSpan.FromMilliseconds(100) }),
            NullLogger<AnswerBot>.Instance);
    }

    // A Teams one-to-one chat whose channel answers 403 to every streamed typing update, as Teams does where streaming is not allowed.
    private static TestAdapter Adapter(bool refuseStreaming)
    {
        var reference = TestAdapter.CreateConversation("stream-tests", "user1", "bot");
        reference.ChannelId = BotChannels.Msteams;
        reference.Conversation.ConversationType = "personal";
        var adapter = new TestAdapter(reference);
        adapter.Use(new TurnStateMiddleware<ReplyLinks>(new ReplyLinks(new Uri("https://bot.example.org/"))));
        adapter.Use(new RefusingMiddleware(refuseStreaming));
        return adapter;
    }

    private sealed class RefusingMiddleware(bool refuseStreaming) : Microsoft.Bot.Builder.IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.OnSendActivities((_, activities, send) =>
            {
                if (refuseStreaming && activities.Any(a => a.Type == ActivityTypes.Typing && StreamingActivities.StreamInfoOf(a) is not null))
                {
                    throw new HttpRequestException("Content stream is not allowed", null, System.Net.HttpStatusCode.Forbidden);
                }

                return send();
            });
            return next(cancellationToken);
        }
    }
}
