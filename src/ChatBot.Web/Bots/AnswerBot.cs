using ChatBot.Core.Answering;
using ChatBot.Core.Retrieval;
using ChatBot.Web.Feedback;
using ChatBot.Web.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Bots;

/// <summary>
/// The Teams and Web Chat bot: welcomes new members, answers questions from the answer service with the
/// conversation's recent questions as context, and understands help, sources and reset.
/// </summary>
/// <remarks>
/// A plain <see cref="ActivityHandler"/>, not the Teams one: this bot uses no Teams-specific event, and the Teams
/// handler reads channelData, event values and member profiles in ways that throw on a malformed activity. Whatever an
/// activity holds, a turn ends with a reply, an invoke status or nothing, never an exception.
/// </remarks>
public sealed class AnswerBot : ActivityHandler
{
    private readonly IAnswerService _answers;
    private readonly ICorpusIndex _index;
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<ConversationHistory> _history;
    private readonly AnswerActivityRenderer _renderer;
    private readonly AnswerFeedback _feedback;
    private readonly BotOptions _options;
    private readonly ILogger<AnswerBot> _logger;

    public AnswerBot(
        IAnswerService answers,
        ICorpusIndex index,
        ConversationState conversationState,
        AnswerActivityRenderer renderer,
        AnswerFeedback feedback,
        IOptions<BotOptions> options,
        ILogger<AnswerBot> logger)
    {
        _answers = answers;
        _index = index;
        _conversationState = conversationState;
        _history = conversationState.CreateProperty<ConversationHistory>(nameof(ConversationHistory));
        _renderer = renderer;
        _feedback = feedback;
        _options = options.Value;
        _logger = logger;
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var channel = ReplyChannel.Of(turnContext.Activity);
        var text = QuestionText.Of(turnContext.Activity);

        if (text.Length > AnswerLimits.MaxQuestionLength)
        {
            await turnContext.SendActivityAsync(BotReplies.TooLong(text.Length, AnswerLimits.MaxQuestionLength), cancellationToken);
            return;
        }

        switch (BotCommandParser.Parse(text))
        {
            case BotCommand.Help:
                await turnContext.SendActivityAsync(BotReplies.Help(_options.Help, _options.ExampleQuestions, channel), cancellationToken);
                break;
            case BotCommand.Sources:
                await SendSourcesAsync(turnContext, cancellationToken);
                break;
            case BotCommand.Reset:
                await _history.DeleteAsync(turnContext, cancellationToken);
                await turnContext.SendActivityAsync(BotReplies.HistoryForgotten, cancellationToken: cancellationToken);
                break;
            default:
                await AnswerAsync(turnContext, text, channel, cancellationToken);
                break;
        }
    }

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // One welcome per conversation update, and none when the only newcomer is the bot itself (entries may be null).
        var botId = turnContext.Activity.Recipient?.Id;
        if (turnContext.Activity.MembersAdded?.Any(m => m is not null && m.Id != botId) == true)
        {
            await turnContext.SendActivityAsync(BotReplies.Welcome(_options.Welcome, _options.ExampleQuestions, ReplyChannel.Of(turnContext.Activity)), cancellationToken);
        }
    }

    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Name == "message/submitAction"
            && activity.Value is JObject value
            && StringOf(value["actionName"]) == "feedback")
        {
            return _feedback.ReceiveInvokeAsync(turnContext, value, cancellationToken);
        }

        // Every other invoke (task modules, message extensions, card actions, sign-in…) is one this bot does not serve:
        // declined with 400 and nothing sent to the user, without handing its value to the SDK's handlers.
        _logger.LogInformation("Declined an invoke the bot does not serve: {Name} on {ChannelId}", activity.Name, activity.ChannelId);
        return Task.FromResult(new InvokeResponse { Status = StatusCodes.Status400BadRequest });
    }

    private async Task AnswerAsync(ITurnContext turnContext, string question, ReplyChannel channel, CancellationToken cancellationToken)
    {
        var history = await _history.GetAsync(turnContext, () => new ConversationHistory(), cancellationToken);
        var asked = history.Questions.ToArray();
        var links = LinksOf(turnContext);
        var answerId = string.Empty;
        Activity Finish(Answer answer)
        {
            var reply = _renderer.Render(answer, channel, links);
            answerId = _feedback.Offer(reply, channel);
            return reply;
        }

        var (answer, sent) = channel.Streams
            ? await new AnswerStreamer(_options, _renderer, _logger).SendAsync(turnContext, _answers.StreamAsync(question, asked, cancellationToken), channel, links, Finish, cancellationToken)
            : await SendWholeAsync(turnContext, _answers.AskAsync(question, asked, cancellationToken), Finish, cancellationToken);
        history.Remember(question, _options.HistoryLength);
        await _feedback.RememberAsync(turnContext, answerId, sent, question, asked, answer, cancellationToken);
    }

    private async Task<(Answer Answer, ResourceResponse? Sent)> SendWholeAsync(ITurnContext turnContext, Task<Answer> answering, Func<Answer, Activity> finish, CancellationToken cancellationToken)
    {
        // A typing indicator only once the answer takes a while (Bot:TypingDelay): a fast answer needs none, and each
        // indicator is one more call to the channel. The answer service never touches the turn, so sending while it works is safe.
        if (_options.TypingDelay <= TimeSpan.Zero
            || (!answering.IsCompleted && await Task.WhenAny(answering, Task.Delay(_options.TypingDelay, cancellationToken)) != answering))
        {
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        }

        var answer = await answering;
        return (answer, await turnContext.SendActivityAsync(finish(answer), cancellationToken));
    }

    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == AnswerFeedback.WebChatVoteEvent
            ? _feedback.ReceiveVoteAsync(turnContext, cancellationToken)
            : base.OnEventActivityAsync(turnContext, cancellationToken);

    private async Task SendSourcesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Loading the index can take a while on a cold start; don't hold the turn for it.
        var loading = _index.GetAsync(cancellationToken);
        if (await Task.WhenAny(loading, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken)) != loading)
        {
            await turnContext.SendActivityAsync(BotReplies.SourcesUnavailable, cancellationToken: cancellationToken);
            return;
        }

        var index = await loading;
        var links = LinksOf(turnContext);
        await turnContext.SendActivityAsync(BotReplies.Sources(index.Sections, s => links.Section(s.Id)), cancellationToken);
    }

    // The channel endpoint puts the turn's link base in the turn state; without one (a test adapter) links stay relative.
    private static ReplyLinks LinksOf(ITurnContext turnContext) => turnContext.TurnState.Get<ReplyLinks>() ?? ReplyLinks.Relative;

    // A JSON string value, or null for anything else (a number, an object…): channel data is never trusted to be well-formed.
    private static string? StringOf(JToken? token) => token is JValue { Type: JTokenType.String } text ? (string?)text : null;
}
