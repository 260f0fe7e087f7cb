using ChatBot.Web.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ChatBot.Web.Channels;

/// <summary>
/// The Bot Framework adapter: authenticates channel requests, runs the per-conversation rate limit, and turns any error in
/// a turn into a log entry, one friendly line to the user and a trace activity (seen in the Emulator) with no details.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(
        BotFrameworkAuthentication authentication,
        ConversationRateLimitMiddleware rateLimit,
        ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        Use(rateLimit);

        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(
                exception,
                "Unhandled error in a {ActivityType} turn on {ChannelId}, conversation {ConversationId}",
                turnContext.Activity.Type,
                turnContext.Activity.ChannelId,
                turnContext.Activity.Conversation?.Id);

            try
            {
                await turnContext.SendActivityAsync(BotReplies.SomethingWentWrong);
                await turnContext.TraceActivityAsync("OnTurnError", exception.GetType().Name, "https://www.botframework.com/schemas/error", "TurnError");
            }
            catch (Exception sendError)
            {
                // The channel may be what failed; there is nobody left to tell.
                logger.LogError(sendError, "Could not tell the user about the error");
            }
        };
    }

    /// <summary>Runs an already authenticated activity through the middleware and the bot; the invoke response, if any.</summary>
    public Task<InvokeResponse> ProcessAuthenticatedActivityAsync(AuthenticateRequestResult authentication, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authentication, activity, callback, cancellationToken);
}
