using ChatBot.Web.Catalog;

namespace ChatBot.Web.Health;

/// <summary>Loads the corpus index right after start-up, so the first question doesn't pay for it and /healthz can turn ready.</summary>
public sealed class IndexWarmupService(ISectionCatalog catalog, IndexReadiness readiness, ILogger<IndexWarmupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var sections = await catalog.GetSectionsAsync(stoppingToken);
            readiness.MarkReady();
            logger.LogInformation("Index loaded: {Sections} sections in {Elapsed}", sections.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
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
