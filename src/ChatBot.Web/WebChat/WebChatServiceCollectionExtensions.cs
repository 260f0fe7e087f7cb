using ChatBot.Web.DirectLine;
using ChatBot.Web.Security;
using ChatBot.Web.WebChat;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the web chat page: its options, who may embed it (CORS and frame-ancestors), and what its scripts connect to.</summary>
public static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>().Bind(configuration.GetSection(WebChatOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.HasValidOrigins(), "WebChat:AllowedOrigins must hold origins such as https://example.com (scheme and host, no path, no wildcard).")
            .ValidateOnStart();

        services.AddOptions<CorsOptions>().Configure<IOptions<WebChatOptions>>((cors, webChat) => EmbeddingCors.AddPolicy(cors, webChat.Value.AllowedOrigins));
        services.AddOptions<SecurityHeadersOptions>().Configure<IOptions<WebChatOptions>, IOptions<DirectLineOptions>>((headers, webChat, directLine) =>
        {
            headers.FrameAncestors.AddRange(webChat.Value.AllowedOrigins.Select(o => o.TrimEnd('/')));
            if (directLine.Value.UsesAzure)
            {
                // The page talks to Azure's Direct Line itself, over HTTPS and a web socket.
                var azure = directLine.Value.AzureEndpoint;
                headers.ConnectSources.Add($"{azure.Scheme}://{azure.Authority}");
                headers.ConnectSources.Add($"wss://{azure.Authority}");
            }
        });
        return services;
    }
}
