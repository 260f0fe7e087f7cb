using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Selection;
using ChatBot.Web.Limits;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Api;

/// <summary>
/// POST /api/ask: the answer service over plain JSON, for scripts and other front ends; streamed as server-sent events
/// (<see cref="AskEventStream"/>) with "stream": true or Accept: text/event-stream.
/// </summary>
public static class AskEndpoint
{
    /// <summary>A question of 2,000 characters and a long history fit easily; anything larger is refused before parsing.</summary>
    public const int MaxRequestBytes = 256 * 1024;

    /// <summary>Name of the per-client rate-limit policy.</summary>
    public const string RateLimitPolicy = "ask";

    private static readonly string TooLarge = $"The body is too large; a question may be at most {AnswerLimits.MaxQuestionLength:N0} characters.";

    public static async Task<IResult> HandleAsync(HttpContext http, IAnswerService answers, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var ask = http.Features.GetRequiredFeature<AskRequest>();
        if (ask.Stream || (!ask.Explain && AcceptsEventStream(http.Request)))
        {
            return TypedResults.ServerSentEvents(AskEventStream.EventsAsync(answers.StreamAsync(ask.Question, ask.History, cancellationToken), loggers.CreateLogger(typeof(AskEventStream)), cancellationToken));
        }

        if (ask.Explain && answers is OfflineAnswerService offline)
        {
            var (answer, why) = await offline.ExplainAsync(ask.Question, ask.History, cancellationToken);
            return Results.Json(new ExplainedAnswer(answer, why));
        }

        var given = await answers.AskAsync(ask.Question, ask.History, cancellationToken);
        return ask.Explain
            ? Results.Json(await http.RequestServices.GetRequiredService<OfflineAnswerService>().ExplainAsync(given, ask.Question, ask.History, cancellationToken))
            : Results.Json(given);
    }

    // A client that asks for text/event-stream (and not JSON first) gets the streamed answer.
    private static bool AcceptsEventStream(HttpRequest request) =>
        request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1).FirstOrDefault()?.MediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Adds the policy: Api:AskPerMinutePerClient questions a minute per client address.</summary>
    public static void AddRateLimit(RateLimiterOptions limits) =>
        limits.AddPolicy(RateLimitPolicy, new PartitionedRateLimitPolicy(
            http => PartitionedRateLimitPolicy.FixedWindow(
                PartitionedRateLimitPolicy.ClientOf(http),
                http.RequestServices.GetRequiredService<IOptions<AskApiOptions>>().Value.AskPerMinutePerClient,
                TimeSpan.FromMinutes(1)),
            (_, retryAfter) => Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many questions",
                detail: $"Please wait {Math.Ceiling(retryAfter.TotalSeconds):0} seconds before asking again.")));

    /// <summary>
    /// Admission: reads and checks the body before the rate limiter, so a refused body (400) uses none of the client's
    /// allowance; the request is left for <see cref="HandleAsync"/>.
    /// </summary>
    public static async ValueTask<IResult?> ReadAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.ContentLength > MaxRequestBytes)
        {
            return BadRequest(TooLarge);
        }

        var sizeLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = MaxRequestBytes;
        }

        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, http.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            return BadRequest(TooLarge);
        }

        if (buffer.Length > MaxRequestBytes)
        {
            return BadRequest(TooLarge);
        }

        var (ask, error) = AskRequestReader.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (ask is null)
        {
            return BadRequest(error!);
        }

        http.Features.Set(ask);
        return null;
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid question", detail: detail);
}
