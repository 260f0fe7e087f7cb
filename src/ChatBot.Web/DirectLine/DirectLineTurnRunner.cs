using System.Security.Claims;
using ChatBot.Web.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.DirectLine;

/// <summary>
/// Runs the offline Direct Line's activities through the same Bot Framework adapter and <see cref="IBot"/> as /api/messages,
/// and files the bot's replies into the conversation as they are sent.
/// </summary>
/// <remarks>
/// The adapter's only public way to run an inbound activity with a given identity is
/// <see cref="BotAdapter.ContinueConversationAsync(ClaimsIdentity, Activity, BotCallbackHandler, CancellationToken)"/>:
/// it runs the activity through the adapter's middleware, the bot and its OnTurnError like any turn. Our callback registers an
/// OnSendActivities handler that stores the replies and never calls the Bot Connector, so there is no HTTP loop back to the app,
/// no outgoing credentials, and every activity the bot sends in a turn (a typing indicator, several updates of a streamed
/// reply, the answer) reaches the page as soon as it is sent.
/// </remarks>
public sealed class DirectLineTurnRunner(
    IBotFrameworkHttpAdapter registeredAdapter,
    IBot bot,
    IOptions<DirectLineOptions> options,
    IOptions<BotAppIdOptions> appId,
    ILogger<DirectLineTurnRunner> logger)
{
    /// <summary>The channel id activities of the offline Direct Line carry, so the bot renders Web Chat citations.</summary>
    public const string ChannelId = "directline";

    // The host's adapter (AdapterWithErrorHandler, with its middleware and error handler), as /api/messages uses it.
    private readonly BotAdapter adapter = registeredAdapter as BotAdapter
        ?? throw new InvalidOperationException($"The registered {nameof(IBotFrameworkHttpAdapter)} must be a Bot Framework {nameof(BotAdapter)} (e.g. CloudAdapter).");

    private readonly ClaimsIdentity identity = CreateIdentity(appId.Value.MicrosoftAppId);

    /// <summary>The bot as a member of the conversation.</summary>
    public ChannelAccount Bot => new(options.Value.BotId, "ChatBot", RoleTypes.Bot);

    /// <summary>The conversationUpdate of a new conversation (the bot and the user joined), so the bot can welcome the user.</summary>
    public Activity ConversationStart(DirectLineConversation conversation, string serviceUrl)
    {
        var user = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        return new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            From = user,
            Recipient = Bot,
            Conversation = new ConversationAccount(id: conversation.Id),
            MembersAdded = [Bot, user],
            Timestamp = DateTimeOffset.UtcNow,
        };
    }

    /// <summary>Runs one turn; replies go into its conversation. Never throws: a failure is logged and the user told.</summary>
    public async Task RunAsync(DirectLineTurn turn, CancellationToken cancellationToken)
    {
        var (conversation, activity, links) = turn;
        try
        {
            await adapter.ContinueConversationAsync(identity, activity, (context, ct) =>
            {
                context.TurnState.Set(links);
                context.OnSendActivities((_, sent, _) => Task.FromResult(Store(conversation, sent)));
                context.OnUpdateActivity((_, updated, _) => Task.FromResult(new ResourceResponse(updated.Id)));
                context.OnDeleteActivity((_, _, _) => Task.CompletedTask);
                return bot.OnTurnAsync(context, ct);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout ended during the turn.
        }
        catch (Exception e)
        {
            // The adapter's OnTurnError normally handles the bot's failures; this is for failures around it.
            logger.LogError(e, "Direct Line turn of type {Type} failed in conversation {Conversation}.", activity.Type, conversation.Id);
            conversation.Append(new Activity(ActivityTypes.Message)
            {
                Text = BotReplies.SomethingWentWrong,
                From = Bot,
                Recipient = activity.From,
                ChannelId = ChannelId,
                ReplyToId = activity.Id,
            });
        }
    }

    private static ResourceResponse[] Store(DirectLineConversation conversation, List<Activity> sent) =>
        sent.Select(activity => activity.Type switch
        {
            // Traces are for the Emulator's log; invoke responses are the adapter's answer to an invoke, not a message.
            // Neither belongs in the conversation a Direct Line client reads.
            ActivityTypes.Trace or ActivityTypesEx.InvokeResponse => new ResourceResponse(string.Empty),
            _ => new ResourceResponse(conversation.Append(activity)),
        }).ToArray();

    // Without an app id the adapter's authentication is disabled and an anonymous identity is what it expects; with one,
    // the identity must name it (the credential factory refuses other app ids). No call is made with it.
    private static ClaimsIdentity CreateIdentity(string? id) => string.IsNullOrWhiteSpace(id)
        ? new ClaimsIdentity()
        : new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, id),
            new Claim(AuthenticationConstants.AppIdClaim, id),
        ]);
}
