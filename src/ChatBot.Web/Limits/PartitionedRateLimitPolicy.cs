using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ChatBot.Web.Limits;

/// <summary>
/// An ASP.NET Core rate-limit policy: one limiter per partition (a client address, a conversation) and, when it refuses,
/// a 429 whose Retry-After says when the next request will be admitted.
/// </summary>
/// <param name="partitioner">The partition of a request and its limiter.</param>
/// <param name="rejection">The body of the 429 (the status and Retry-After are set before it runs).</param>
public sealed class PartitionedRateLimitPolicy(
    Func<HttpContext, RateLimitPartition<string>> partitioner,
    Func<HttpContext, TimeSpan, IResult> rejection) : IRateLimiterPolicy<string>
{
    /// <summary>Said when the limiter gives no time (it always does for the window and bucket limiters used here).</summary>
    private static readonly TimeSpan FallbackRetryAfter = TimeSpan.FromSeconds(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, _) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : FallbackRetryAfter;
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await rejection(http, retryAfter).ExecuteAsync(http).ConfigureAwait(false);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => partitioner(httpContext);

    /// <summary>At most <paramref name="permits"/> requests per partition in each window of <paramref name="window"/>; none queued.</summary>
    public static RateLimitPartition<string> FixedWindow(string partition, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    /// <summary>The client's address (after the forwarded-headers middleware, when it is on), the partition of per-client limits.</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
