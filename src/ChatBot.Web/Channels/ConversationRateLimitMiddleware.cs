using System.Threading.RateLimiting;
using ChatBot.Web.Bots;
using ChatBot.Web.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Channels;

/// <summary>Lets each conversation send at most Bot:MessagesPerMinute messages a minute; the next ones get a polite "slow down".</summary>
public sealed class ConversationRateLimitMiddleware : Microsoft.Bot.Builder.IMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationRateLimitMiddleware(IOptions<BotOptions> options)
    {
        var permits = options.Value.MessagesPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversation => RateLimitPartition.GetFixedWindowLimiter(
            conversation,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            using var lease = _limiter.AttemptAcquire($"{turnContext.Activity.ChannelId}|{turnContext.Activity.Conversation?.Id}");
            if (!lease.IsAcquired)
            {
                TimeSpan? retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null;
                await turnContext.SendActivityAsync(BotReplies.SlowDown(retryAfter), cancellationToken);
                return;
            }
        }

        await next(cancellationToken);
    }

    public void Dispose() => _limiter.Dispose();
}
