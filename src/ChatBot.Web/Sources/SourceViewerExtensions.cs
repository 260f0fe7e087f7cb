using ChatBot.Core.Corpus;
using ChatBot.Web.Sources;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the source viewer's catalog of sections and passages.</summary>
public static class SourceViewerExtensions
{
    public static IServiceCollection AddSourceViewer(this IServiceCollection services, IConfiguration configuration)
    {
        // The viewer shows the index's sections and passages; without an index it reads the corpus with the core's
        // loader and chunker (registered here too; registering them twice is harmless).
        services.AddChatBotCorpus(configuration);
        services.TryAddSingleton<CorpusSourceCatalog>();
        services.TryAddSingleton<ISourceCatalog, IndexSourceCatalog>();
        return services;
    }
}
