namespace ChatBot.Web.Indexing;

/// <summary>Registers and maps the live corpus: the folder watcher and the authenticated reindex endpoint.</summary>
public static class LiveCorpusExtensions
{
    public static IServiceCollection AddLiveCorpus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName));
        services.AddHostedService<CorpusWatcher>();
        return services;
    }

    public static IEndpointRouteBuilder MapLiveCorpus(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/reindex", ReindexEndpoint.HandleAsync).DisableAntiforgery();
        return endpoints;
    }
}
