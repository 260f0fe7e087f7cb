using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Web.Health;

/// <summary>
/// Unhealthy (503) until the corpus index is loaded; then healthy, or degraded (still 200, still serving) when files of
/// the corpus could not be read or the last rebuild failed. The data names the index version and build time and the problems.
/// </summary>
public sealed class IndexHealthCheck(IndexReadiness readiness, ICorpusIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The index is still loading."));
        }

        if (index.Current is not { } corpus)
        {
            return Task.FromResult(HealthCheckResult.Healthy("The index is loaded."));
        }

        var failure = index.LastFailure;
        var data = new Dictionary<string, object>
        {
            ["version"] = corpus.Stats.Version,
            ["builtAt"] = corpus.Stats.BuiltAt,
            ["sections"] = corpus.Stats.Sections,
            ["passages"] = corpus.Stats.Passages,
            ["glossaryEntries"] = corpus.Stats.GlossaryEntries,
            ["embedded"] = corpus.Stats.Embedded,
            ["contentHash"] = corpus.Stats.ContentHash,
            ["problems"] = corpus.Problems.Select(p => new { file = p.File, message = p.Message }).ToList(),
        };
        if (failure is not null)
        {
            data["lastFailure"] = new { at = failure.At, message = failure.Message };
        }

        var status = corpus.Problems.Count > 0 || failure is not null ? HealthStatus.Degraded : HealthStatus.Healthy;
        var description = failure is not null ? $"Serving index version {corpus.Stats.Version}; the last rebuild failed."
            : corpus.Problems.Count > 0 ? $"Serving index version {corpus.Stats.Version}; {corpus.Problems.Count} corpus file(s) could not be used."
            : $"Serving index version {corpus.Stats.Version}.";
        return Task.FromResult(new HealthCheckResult(status, description, data: data));
    }
}
