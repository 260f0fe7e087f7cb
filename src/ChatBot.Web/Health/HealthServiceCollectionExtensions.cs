namespace ChatBot.Web.Health;

/// <summary>Registers the readiness check and the index warm-up that feeds it.</summary>
public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddIndexHealth(this IServiceCollection services)
    {
        services.AddSingleton<IndexReadiness>();
        services.AddHostedService<AnswerSelectorCheck>();
        services.AddHostedService<IndexWarmupService>();
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("index");
        return services;
    }
}
