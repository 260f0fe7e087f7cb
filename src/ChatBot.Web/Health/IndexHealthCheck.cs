using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Web.Health;

/// <summary>Healthy once the corpus index is loaded; until then /healthz answers 503.</summary>
public sealed class IndexHealthCheck(IndexReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("The index is loaded.")
            : HealthCheckResult.Unhealthy("The index is still loading."));
}
