using Microsoft.Extensions.Options;

namespace ChatBot.Web.DirectLine;

/// <summary>Sweeps idle offline Direct Line conversations away every so often.</summary>
public sealed class DirectLineExpiryService(
    DirectLineConversationStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A tenth of the idle timeout, so a conversation lives at most 10 % longer than configured.
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, options.Value.ConversationIdleTimeout.Ticks / 10));
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var removed = store.RemoveExpired();
            if (removed > 0)
            {
                logger.LogInformation("Direct Line: {Count} idle conversation(s) expired; {Open} open.", removed, store.Count);
            }
        }
    }
}
