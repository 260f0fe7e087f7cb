using System.Text;
using Microsoft.AspNetCore.Http.Features;
using ChatBot.Web.Hosting;
using ChatBot.Web.Limits;
using ChatBot.Web.Rendering;
using ChatBot.Web.Security;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace ChatBot.Web.DirectLine;

/// <summary>Maps the token endpoint the page calls and, without an Azure secret, the offline Direct Line 3.0 endpoint at /v3/directline.</summary>
public static class DirectLineEndpoints
{
    /// <summary>Path of the offline Direct Line API.</summary>
    public const string BasePath = "/v3/directline";

    /// <summary>Path of the endpoint that gives the page a token (offline or Azure).</summary>
    public const string TokenPath = "/api/directline/token";

    private static readonly JsonSerializerSettings ActivityJson = new() { MaxDepth = 32 };

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TokenPath, CreateTokenAsync)
            .RequireCors(EmbeddingCors.PolicyName)
            .RequireRateLimiting(DirectLineRateLimits.ConversationStarts)
            .DisableAntiforgery();

        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (settings.UsesAzure)
        {
            return endpoints;
        }

        var group = endpoints.MapGroup(BasePath).RequireCors(EmbeddingCors.PolicyName).DisableAntiforgery();
        group.MapPost("/conversations", StartConversation).WithAdmissionCheck(AuthorizeAsync);
        group.MapGet("/conversations/{conversationId}", StartConversation).WithAdmissionCheck(AuthorizeAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivity)
            .WithAdmissionCheck(ReadActivityAsync)
            .RequireRateLimiting(DirectLineRateLimits.Posts);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities)
            .WithAdmissionCheck(AuthorizeAsync)
            .RequireRateLimiting(DirectLineRateLimits.Polls);
        group.MapPost("/tokens/refresh", RefreshToken).WithAdmissionCheck(AuthorizeAsync);
        return endpoints;
    }

    /// <summary>The body of a Direct Line error, as the real service sends it.</summary>
    internal static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    private static async Task<IResult> CreateTokenAsync(
        HttpContext http,
        IOptions<DirectLineOptions> options,
        IServiceProvider services,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (options.Value.UsesAzure)
        {
            var azure = services.GetRequiredService<AzureDirectLineTokenClient>();
            try
            {
                var session = await azure.GenerateAsync("dl_" + Guid.NewGuid().ToString("N"), cancellationToken).ConfigureAwait(false);
                return Results.Json(new { token = session.Token, expires_in = session.ExpiresIn, userId = session.UserId });
            }
            catch (HttpRequestException e)
            {
                loggers.CreateLogger(typeof(DirectLineEndpoints)).LogWarning("Azure Direct Line token exchange failed: {Message}", e.Message);
                return Error(StatusCodes.Status502BadGateway, "ServiceError", "The chat service is not reachable right now; please try again later.");
            }
        }

        var created = services.GetRequiredService<DirectLineConversationStore>().TryCreate();
        if (created is null)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, "ServiceBusy", "Too many open conversations; please try again later.");
        }

        return Results.Json(new
        {
            conversationId = created.ConversationId,
            token = created.Token,
            expires_in = created.ExpiresIn,
            userId = created.UserId,
            domain = BaseUrl(http.Request) + BasePath,
        });
    }

    private static IResult StartConversation(
        HttpContext http,
        DirectLineConversationStore store,
        DirectLineTurnRunner runner,
        DirectLineTurnQueue queue,
        PublicAddress address,
        string? conversationId = null)
    {
        var conversation = http.Features.GetRequiredFeature<DirectLineConversation>();
        if (conversation.TryMarkStarted())
        {
            // A full queue only costs the welcome; the conversation itself works.
            queue.TryEnqueue(new DirectLineTurn(conversation, runner.ConversationStart(conversation, ServiceUrl(http.Request)), new ReplyLinks(address.Of(http.Request))));
        }

        var token = http.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var body = new { conversationId = conversation.Id, token, expires_in = (int)store.TokenLifetime.TotalSeconds };
        return conversationId is null ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Json(body);
    }

    private static IResult PostActivity(HttpContext http, DirectLineTurnRunner runner, DirectLineTurnQueue queue, PublicAddress address)
    {
        var conversation = http.Features.GetRequiredFeature<DirectLineConversation>();
        var activity = http.Features.GetRequiredFeature<Activity>();

        // The token stands for one user: whatever the page claims, the activity is from that user, to this bot, in this conversation.
        activity.From = new ChannelAccount(conversation.UserId, activity.From?.Name, RoleTypes.User);
        activity.Recipient = runner.Bot;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.ChannelId = DirectLineTurnRunner.ChannelId;
        activity.ServiceUrl = ServiceUrl(http.Request);
        if (!queue.HasRoom)
        {
            http.Response.Headers.RetryAfter = "5";
            return Error(StatusCodes.Status503ServiceUnavailable, "ServiceBusy", "The bot is busy; please send the message again in a few seconds.");
        }

        // Stored (and so given its id) before the turn is queued, so the question always comes before its answers.
        var id = conversation.Append(activity);
        if (!queue.TryEnqueue(new DirectLineTurn(conversation, activity, new ReplyLinks(address.Of(http.Request)))))
        {
            // Filled up since the check, or the host is stopping: say so in the conversation, where the question now is.
            conversation.Append(new Activity(ActivityTypes.Message)
            {
                Text = BotReplies.Busy,
                From = runner.Bot,
                Recipient = activity.From,
                ChannelId = DirectLineTurnRunner.ChannelId,
                ReplyToId = id,
            });
        }

        return Results.Json(new { id });
    }

    private static async Task<IResult> GetActivities(HttpContext http, IOptions<DirectLineOptions> options, string? watermark = null)
    {
        var conversation = http.Features.GetRequiredFeature<DirectLineConversation>();
        long since = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, out since) || since < 0))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not valid.");
        }

        var wait = TimeSpan.FromMilliseconds(options.Value.PollWaitMilliseconds);
        var (activities, last) = await conversation.WaitSinceAsync(since, wait, http.RequestAborted);
        var body = new StringBuilder("{\"activities\":[");
        body.AppendJoin(',', activities);
        body.Append("],\"watermark\":\"").Append(last).Append("\"}");
        return Results.Text(body.ToString(), "application/json", Encoding.UTF8);
    }

    private static IResult RefreshToken(HttpContext http, DirectLineConversationStore store)
    {
        var session = store.IssueToken(http.Features.GetRequiredFeature<DirectLineConversation>());
        return Results.Json(new { conversationId = session.ConversationId, token = session.Token, expires_in = session.ExpiresIn });
    }

    // Admission: the token must be valid (for the conversation in the route, if any); the conversation is left for the endpoint.
    private static ValueTask<IResult?> AuthorizeAsync(HttpContext http)
    {
        var store = http.RequestServices.GetRequiredService<DirectLineConversationStore>();
        var conversationId = http.Request.RouteValues.TryGetValue("conversationId", out var id) ? id as string : null;
        var access = store.Authorize(http.Request.Headers.Authorization, conversationId, out var conversation);
        if (access != DirectLineAccess.Granted)
        {
            return ValueTask.FromResult<IResult?>(access == DirectLineAccess.Unauthenticated
                ? Error(StatusCodes.Status401Unauthorized, "TokenMissing", "A Direct Line token is required (Authorization: Bearer <token>).")
                : Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid for this conversation."));
        }

        http.Features.Set(conversation!);
        return ValueTask.FromResult<IResult?>(null);
    }

    // Admission of a post: a valid token, then a body within the size limit that is an activity with a type. Posts refused
    // here (401, 403, 413, 400) never reach the rate limiter, so they use none of the conversation's allowance.
    private static async ValueTask<IResult?> ReadActivityAsync(HttpContext http)
    {
        if (await AuthorizeAsync(http).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        var maxBytes = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxActivityBytes;
        var json = await ReadBoundedAsync(http, maxBytes).ConfigureAwait(false);
        if (json is null)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may be at most {maxBytes} bytes.");
        }

        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(json, ActivityJson);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be a JSON activity with a type.");
        }

        http.Features.Set(activity);
        return null;
    }

    /// <summary>The body as text, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    private static async Task<string?> ReadBoundedAsync(HttpContext http, int maxBytes)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new byte[maxBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await http.Request.Body.ReadAsync(buffer.AsMemory(total), http.RequestAborted).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return total > maxBytes ? null : Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static string ServiceUrl(HttpRequest request) => BaseUrl(request) + BasePath + "/";
}
