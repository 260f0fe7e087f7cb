using ChatBot.Core.Retrieval;

namespace ChatBot.Web.Health;

/// <summary>Loads the corpus index right after start-up, so the first question doesn't pay for it and /healthz can turn ready.</summary>
public sealed class IndexWarmupService(ICorpusIndex index, IndexReadiness readiness, ILogger<IndexWarmupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var corpus = await index.GetAsync(stoppingToken);
            readiness.MarkReady();
            logger.LogInformation(
                "Index ready: {Sections} sections, {Passages} passages, from snapshot {FromSnapshot}, in {Elapsed}",
                corpus.Sections.Count,
                corpus.Passages.Count,
                corpus.Stats.FromSnapshot,
                System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the index finished loading.
        }
        catch (Exception e)
        {
            // /healthz stays 503, which is what an orchestrator should see for a host that cannot answer.
            logger.LogError(e, "Loading the index failed; the host will report itself not ready");
        }
    }
}
