namespace ChatBot.Web.Health;

/// <summary>Maps the readiness probe.</summary>
public static class HealthEndpointRouteBuilderExtensions
{
    /// <summary>Maps GET /healthz: 503 while the index loads, 200 once it is loaded.</summary>
    public static IEndpointRouteBuilder MapIndexHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz");
        return endpoints;
    }
}
