using System.Text;
using ChatBot.Web.WebChat;
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

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TokenPath, CreateTokenAsync).RequireCors(WebChatCors.PolicyName).DisableAntiforgery();

        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (settings.UsesAzure)
        {
            return endpoints;
        }

        var group = endpoints.MapGroup(BasePath).RequireCors(WebChatCors.PolicyName).DisableAntiforgery();
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{conversationId}", StartConversation);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/tokens/refresh", RefreshToken);
        return endpoints;
    }

    private static async Task<IResult> CreateTokenAsync(
        HttpContext http,
        IOptions<DirectLineOptions> options,
        ConversationStartLimiter startLimiter,
        IServiceProvider services,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!startLimiter.TryAcquire(client))
        {
            return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many new conversations; please wait a minute.");
        }

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

        var store = services.GetRequiredService<DirectLineConversationStore>();
        var created = store.TryCreate();
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

    private static IResult StartConversation(HttpContext http, DirectLineConversationStore store, DirectLineTurnRunner runner, string? conversationId = null)
    {
        var access = store.Authorize(http.Request.Headers.Authorization, conversationId, out var conversation);
        if (access != DirectLineAccess.Granted)
        {
            return Denied(access);
        }

        if (conversation!.TryMarkStarted())
        {
            _ = runner.EnqueueStartAsync(conversation, ServiceUrl(http.Request));
        }

        var token = http.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var body = new { conversationId = conversation.Id, token, expires_in = (int)(store.TokenLifetime.TotalSeconds) };
        return conversationId is null ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Json(body);
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http,
        string conversationId,
        DirectLineConversationStore store,
        DirectLineTurnRunner runner,
        IOptions<DirectLineOptions> options)
    {
        var access = store.Authorize(http.Request.Headers.Authorization, conversationId, out var conversation);
        if (access != DirectLineAccess.Granted)
        {
            return Denied(access);
        }

        using (var lease = conversation!.PostLimiter.AttemptAcquire())
        {
            if (!lease.IsAcquired)
            {
                return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many messages; please slow down.");
            }
        }

        var json = await ReadBoundedAsync(http, options.Value.MaxActivityBytes).ConfigureAwait(false);
        if (json is null)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may be at most {options.Value.MaxActivityBytes} bytes.");
        }

        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(json, new JsonSerializerSettings { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be a JSON activity with a type.");
        }

        // The token stands for one user: whatever the page claims, the activity is from that user, to this bot, in this conversation.
        activity.From = new ChannelAccount(conversation.UserId, activity.From?.Name, RoleTypes.User);
        activity.Recipient = runner.Bot;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.ChannelId = DirectLineTurnRunner.ChannelId;
        activity.ServiceUrl = ServiceUrl(http.Request);
        var id = conversation.Append(activity);

        _ = runner.EnqueueAsync(conversation, activity);
        return Results.Json(new { id });
    }

    private static IResult GetActivities(HttpContext http, string conversationId, DirectLineConversationStore store, string? watermark = null)
    {
        var access = store.Authorize(http.Request.Headers.Authorization, conversationId, out var conversation);
        if (access != DirectLineAccess.Granted)
        {
            return Denied(access);
        }

        using (var lease = conversation!.PollLimiter.AttemptAcquire())
        {
            if (!lease.IsAcquired)
            {
                http.Response.Headers.RetryAfter = "1";
                return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Polling too often.");
            }
        }

        long since = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, out since) || since < 0))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not valid.");
        }

        var (activities, last) = conversation.Since(since);
        var body = new StringBuilder("{\"activities\":[");
        body.AppendJoin(',', activities);
        body.Append("],\"watermark\":\"").Append(last).Append("\"}");
        return Results.Text(body.ToString(), "application/json", Encoding.UTF8);
    }

    private static IResult RefreshToken(HttpContext http, DirectLineConversationStore store)
    {
        var access = store.Authorize(http.Request.Headers.Authorization, null, out var conversation);
        if (access != DirectLineAccess.Granted)
        {
            return Denied(access);
        }

        var session = store.IssueToken(conversation!);
        return Results.Json(new { conversationId = session.ConversationId, token = session.Token, expires_in = session.ExpiresIn });
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

    private static IResult Denied(DirectLineAccess access) => access == DirectLineAccess.Unauthenticated
        ? Error(StatusCodes.Status401Unauthorized, "TokenMissing", "A Direct Line token is required (Authorization: Bearer <token>).")
        : Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid for this conversation.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
