using ChatBot.Web.Limits;
using Microsoft.AspNetCore.RateLimiting;

namespace ChatBot.Web.Api;

/// <summary>Registers and maps the JSON question-answering API.</summary>
public static class AskEndpointRouteBuilderExtensions
{
    /// <summary>Adds the "Api" options and the per-client rate limit of POST /api/ask.</summary>
    public static IServiceCollection AddAskApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AskApiOptions>().Bind(configuration.GetSection(AskApiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.Configure<RateLimiterOptions>(AskEndpoint.AddRateLimit);
        return services;
    }

    /// <summary>Maps POST /api/ask.</summary>
    public static IEndpointRouteBuilder MapAskApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/ask", AskEndpoint.HandleAsync)
            .WithAdmissionCheck(AskEndpoint.ReadAsync)
            .RequireRateLimiting(AskEndpoint.RateLimitPolicy);
        return endpoints;
    }
}
