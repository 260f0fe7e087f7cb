using System.Threading.RateLimiting;
using ChatBot.Web.Limits;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.DirectLine;

/// <summary>
/// The Direct Line's rate-limit policies (ASP.NET Core rate limiting), at the numbers of the "DirectLine" section:
/// conversation starts per client address, posts and polls per conversation.
/// </summary>
public static class DirectLineRateLimits
{
    public const string ConversationStarts = "directline-starts";
    public const string Posts = "directline-posts";
    public const string Polls = "directline-polls";

    public static void AddPolicies(RateLimiterOptions limits)
    {
        // A fixed window of a minute: N a minute admits exactly N in each window, and the 429 says when the window turns.
        limits.AddPolicy(ConversationStarts, new PartitionedRateLimitPolicy(
            http => PartitionedRateLimitPolicy.FixedWindow(PartitionedRateLimitPolicy.ClientOf(http), Settings(http).ConversationsPerMinutePerClient, TimeSpan.FromMinutes(1)),
            (_, _) => DirectLineEndpoints.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many new conversations; please wait a minute.")));

        // Keyed by the route's conversation id: the admission check has already checked the token against it.
        limits.AddPolicy(Posts, new PartitionedRateLimitPolicy(
            http => PartitionedRateLimitPolicy.FixedWindow(ConversationOf(http), Settings(http).PostsPerMinute, TimeSpan.FromMinutes(1)),
            (_, _) => DirectLineEndpoints.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many messages; please slow down.")));

        // Web Chat polls about once a second; a bucket lets a burst through after a pause.
        limits.AddPolicy(Polls, new PartitionedRateLimitPolicy(
            http =>
            {
                var perSecond = Settings(http).PollsPerSecond;
                return RateLimitPartition.GetTokenBucketLimiter(ConversationOf(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perSecond * 4,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            },
            (_, _) => DirectLineEndpoints.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Polling too often.")));
    }

    private static DirectLineOptions Settings(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;

    private static string ConversationOf(HttpContext http) => http.Request.RouteValues["conversationId"] as string ?? string.Empty;
}
