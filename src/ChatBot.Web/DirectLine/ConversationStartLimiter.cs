using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.DirectLine;

/// <summary>Limits how many conversations (or Azure tokens) one client address may start per minute.</summary>
public sealed class ConversationStartLimiter(IOptions<DirectLineOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.ConversationsPerMinutePerClient,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when <paramref name="client"/> may start one more conversation now.</summary>
    public bool TryAcquire(string client)
    {
        using var lease = limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
