using System.IO.Compression;
using ChatBot.Core.Corpus;
using ChatBot.Web.DirectLine;
using ChatBot.Web.Sources;
using ChatBot.Web.WebChat;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the web chat page, the Direct Line (offline or Azure token exchange) and the source viewer.</summary>
public static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>().Bind(configuration.GetSection(WebChatOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.HasValidOrigins(), "WebChat:AllowedOrigins must hold origins such as https://example.com (scheme and host, no path, no wildcard).")
            .ValidateOnStart();
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<BotAppIdOptions>().Bind(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectLineConversationStore>();
        services.TryAddSingleton<DirectLineTurnRunner>();
        services.TryAddSingleton<ConversationStartLimiter>();
        services.AddHostedService<DirectLineExpiryService>();
        // The source viewer shows the index's sections and passages; without an index it reads the corpus with the core's
        // loader and chunker (registered here too; registering them twice is harmless).
        services.AddChatBotCorpus(configuration);
        services.TryAddSingleton<CorpusSourceCatalog>();
        services.TryAddSingleton<ISourceCatalog, IndexSourceCatalog>();

        services.AddHttpClient<AzureDirectLineTokenClient>(http => http.Timeout = TimeSpan.FromSeconds(15));

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<WebChatOptions>>((cors, webChat) => WebChatCors.AddPolicy(cors, webChat.Value));

        // The Web Chat bundle is several MB of JavaScript; compressed it is a fraction of that.
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
