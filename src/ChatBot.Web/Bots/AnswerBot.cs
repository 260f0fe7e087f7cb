using ChatBot.Core.Answering;
using ChatBot.Core.Retrieval;
using ChatBot.Web.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Bots;

/// <summary>
/// The Teams and Web Chat bot: welcomes new members, answers questions from the answer service with the
/// conversation's recent questions as context, and understands help, sources and reset.
/// </summary>
public sealed class AnswerBot : TeamsActivityHandler
{
    private readonly IAnswerService _answers;
    private readonly ICorpusIndex _index;
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<ConversationHistory> _history;
    private readonly AnswerActivityRenderer _renderer;
    private readonly BotOptions _options;
    private readonly ILogger<AnswerBot> _logger;

    public AnswerBot(
        IAnswerService answers,
        ICorpusIndex index,
        ConversationState conversationState,
        AnswerActivityRenderer renderer,
        IOptions<BotOptions> options,
        ILogger<AnswerBot> logger)
    {
        _answers = answers;
        _index = index;
        _conversationState = conversationState;
        _history = conversationState.CreateProperty<ConversationHistory>(nameof(ConversationHistory));
        _renderer = renderer;
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

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // One welcome per conversation update, and none when the only newcomer is the bot itself.
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await turnContext.SendActivityAsync(BotReplies.Welcome(_options.Welcome, _options.ExampleQuestions, ReplyChannel.Of(turnContext.Activity)), cancellationToken);
        }
    }

    // The base class looks up each new member's Teams profile with a call to the channel; the welcome needs none of it.
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        OnMembersAddedAsync(membersAdded, turnContext, cancellationToken);

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == "message/submitAction"
            && turnContext.Activity.Value is JObject value
            && value.Value<string>("actionName") == "feedback")
        {
            var feedback = value["actionValue"] as JObject;
            _logger.LogInformation(
                "Feedback {Reaction} on reply {ReplyToId} in {ChannelId} conversation {ConversationId}: {Feedback}",
                feedback?.Value<string>("reaction"),
                turnContext.Activity.ReplyToId,
                turnContext.Activity.ChannelId,
                turnContext.Activity.Conversation?.Id,
                TextFeedback(feedback));
            return new InvokeResponse { Status = 200 };
        }

        // The SDK answers invokes nobody handles with 501; for the channel that is a bad request, not a server fault.
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        return response.Status == StatusCodes.Status501NotImplemented ? new InvokeResponse { Status = StatusCodes.Status400BadRequest } : response;
    }

    private async Task AnswerAsync(ITurnContext turnContext, string question, ReplyChannel channel, CancellationToken cancellationToken)
    {
        var history = await _history.GetAsync(turnContext, () => new ConversationHistory(), cancellationToken);
        var answering = _answers.AskAsync(question, history.Questions.ToArray(), cancellationToken);

        // A typing indicator only once the answer takes a while (Bot:TypingDelay): a fast answer needs none, and each
        // indicator is one more call to the channel. The answer service never touches the turn, so sending while it works is safe.
        if (_options.TypingDelay <= TimeSpan.Zero
            || (!answering.IsCompleted && await Task.WhenAny(answering, Task.Delay(_options.TypingDelay, cancellationToken)) != answering))
        {
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        }

        var answer = await answering;
        history.Remember(question, _options.HistoryLength);
        await turnContext.SendActivityAsync(_renderer.Render(answer, channel, LinksOf(turnContext)), cancellationToken);
    }

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

    // The user's reaction comes with an optional comment as a JSON string: {"feedbackText": "..."}.
    private static string? TextFeedback(JObject? feedback)
    {
        var raw = feedback?.Value<string>("feedback");
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        try
        {
            return JObject.Parse(raw).Value<string>("feedbackText");
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return raw;
        }
    }
}
