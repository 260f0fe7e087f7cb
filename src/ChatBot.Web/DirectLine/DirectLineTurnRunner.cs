using System.Security.Claims;
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
/// no public URL to know, no outgoing credentials, and a typing indicator reaches the page while the answer is being worked out.
/// </remarks>
public sealed class DirectLineTurnRunner(
    IServiceProvider services,
    IOptions<DirectLineOptions> options,
    IOptions<BotAppIdOptions> appId,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineTurnRunner> logger)
{
    /// <summary>The channel id activities of the offline Direct Line carry, so the bot renders Web Chat citations.</summary>
    public const string ChannelId = "directline";

    /// <summary>The bot as a member of the conversation.</summary>
    public ChannelAccount Bot => new(options.Value.BotId, "ChatBot", RoleTypes.Bot);

    /// <summary>Starts the turn in the background (after the turns queued before it) and returns at once.</summary>
    public Task EnqueueAsync(DirectLineConversation conversation, Activity activity) =>
        Task.Run(() => RunAsync(conversation, activity, lifetime.ApplicationStopping));

    /// <summary>Sends the bot the conversationUpdate of a new conversation (the bot and the user joined), so it can welcome the user.</summary>
    public Task EnqueueStartAsync(DirectLineConversation conversation, string serviceUrl)
    {
        var user = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        var update = new Activity(ActivityTypes.ConversationUpdate)
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
        return EnqueueAsync(conversation, update);
    }

    /// <summary>Runs one turn; replies go into <paramref name="conversation"/>. Never throws: a failure is logged and the user told.</summary>
    public async Task RunAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await conversation.TurnGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }

        try
        {
            var adapter = services.GetService<IBotFrameworkHttpAdapter>() as BotAdapter
                ?? services.GetService<CloudAdapter>()
                ?? services.GetService<BotAdapter>()
                ?? throw new InvalidOperationException("No Bot Framework adapter is registered (IBotFrameworkHttpAdapter or CloudAdapter).");
            await using var scope = services.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();

            await adapter.ContinueConversationAsync(CreateIdentity(), activity, (turn, ct) =>
            {
                turn.OnSendActivities((_, sent, _) => Task.FromResult(Store(conversation, sent)));
                turn.OnUpdateActivity((_, updated, _) => Task.FromResult(new ResourceResponse(updated.Id)));
                turn.OnDeleteActivity((_, _, _) => Task.CompletedTask);
                return bot.OnTurnAsync(turn, ct);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
        catch (Exception e)
        {
            // The adapter's OnTurnError normally handles the bot's failures; this is for failures around it.
            logger.LogError(e, "Direct Line turn of type {Type} failed in conversation {Conversation}.", activity.Type, conversation.Id);
            conversation.Append(new Activity(ActivityTypes.Message)
            {
                Text = "Sorry, something went wrong on our side. Please try again.",
                From = Bot,
                Recipient = activity.From,
                ChannelId = ChannelId,
                ReplyToId = activity.Id,
            });
        }
        finally
        {
            try
            {
                conversation.TurnGate.Release();
            }
            catch (ObjectDisposedException)
            {
                // The conversation expired during the turn.
            }
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

    private ClaimsIdentity CreateIdentity()
    {
        // Without an app id the adapter's authentication is disabled and an anonymous identity is what it expects;
        // with one, the identity must name it (the credential factory refuses other app ids). No call is made with it.
        var id = appId.Value.MicrosoftAppId;
        return string.IsNullOrWhiteSpace(id)
            ? new ClaimsIdentity()
            : new ClaimsIdentity(
            [
                new Claim(AuthenticationConstants.AudienceClaim, id),
                new Claim(AuthenticationConstants.AppIdClaim, id),
            ]);
    }
}
