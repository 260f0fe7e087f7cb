using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ChatBot.Web.Health;

/// <summary>Maps the readiness probe.</summary>
public static class HealthEndpointRouteBuilderExtensions
{
    /// <summary>Maps GET /healthz: 503 while the index loads, 200 once it is loaded; JSON with the index version, build time and problems.</summary>
    public static IEndpointRouteBuilder MapIndexHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        return endpoints;
    }
}
