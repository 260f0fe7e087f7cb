using System.Text;
using ChatBot.Web.Hosting;
using ChatBot.Web.Rendering;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatBot.Web.Channels;

/// <summary>
/// POST /api/messages. Reads the Activity itself (so malformed JSON is a 400, not a 500), authenticates it (any token
/// failure is a 401, whatever the token library threw), then hands it to the adapter and the bot.
/// </summary>
public static class BotMessagesEndpoint
{
    /// <summary>Channels send activities of a few kilobytes; anything near this is not a chat message.</summary>
    public const int MaxRequestBytes = 1024 * 1024;

    private static readonly JsonSerializerSettings ActivitySettings = new()
    {
        // Same as the Bot Framework's own deserializer; a small depth limit keeps hostile nesting cheap.
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
        MaxDepth = 64,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    public static async Task HandleAsync(
        HttpContext context,
        AdapterWithErrorHandler adapter,
        BotFrameworkAuthentication authentication,
        IBot bot,
        PublicAddress address,
        ILogger<AdapterWithErrorHandler> logger)
    {
        var cancellationToken = context.RequestAborted;
        var activity = await ReadActivityAsync(context, cancellationToken);
        if (activity is null)
        {
            await Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid activity",
                detail: "The request body must be a Bot Framework Activity: a JSON object with a \"type\", a \"channelId\", a \"serviceUrl\" and a \"conversation\".").ExecuteAsync(context);
            return;
        }

        AuthenticateRequestResult authenticated;
        try
        {
            authenticated = await authentication.AuthenticateRequestAsync(activity, context.Request.Headers.Authorization.ToString(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // ChannelAuthentication turns every failure into UnauthorizedAccessException; whatever else gets here is refused too.
            // Say nothing about why: the reason helps an attacker more than a legitimate channel.
            logger.LogWarning("Rejected a {ChannelId} activity: {Reason}", activity.ChannelId, (e.InnerException ?? e).GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        // The replies' links point where this request came in (or at the configured public address).
        var links = new ReplyLinks(address.Of(context.Request));
        var invokeResponse = await adapter.ProcessAuthenticatedActivityAsync(authenticated, activity, (turn, ct) =>
        {
            turn.TurnState.Set(links);
            return bot.OnTurnAsync(turn, ct);
        }, cancellationToken);
        await WriteInvokeResponseAsync(context, invokeResponse, cancellationToken);
    }

    private static async Task<Activity?> ReadActivityAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var sizeLimit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = MaxRequestBytes;
        }

        string body;
        try
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (BadHttpRequestException)
        {
            return null;
        }

        try
        {
            var activity = JsonConvert.DeserializeObject<Activity>(body, ActivitySettings);

            // Replies go to serviceUrl in the conversation, so an activity without them cannot be answered; conversation
            // state is keyed by channel and conversation, so an activity without a channel id cannot be either.
            var answerable = !string.IsNullOrWhiteSpace(activity?.Type)
                && !string.IsNullOrWhiteSpace(activity.ChannelId)
                && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
                && serviceUrl.Scheme is "http" or "https"
                && !string.IsNullOrWhiteSpace(activity.Conversation?.Id);
            return answerable ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WriteInvokeResponseAsync(HttpContext context, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        if (invokeResponse is null)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        context.Response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(JsonConvert.SerializeObject(invokeResponse.Body, ActivitySettings), cancellationToken);
        }
    }
}
