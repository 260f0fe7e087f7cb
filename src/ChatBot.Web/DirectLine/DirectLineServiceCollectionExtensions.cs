using ChatBot.Web.DirectLine;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Direct Line: the offline endpoint's conversations, turn queue and limits, or the Azure token exchange.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<BotAppIdOptions>().Bind(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineTurnQueue>();
        services.AddSingleton<DirectLineTurnRunner>();
        services.AddHostedService<DirectLineTurnService>();
        services.AddHostedService<DirectLineExpiryService>();
        services.Configure<RateLimiterOptions>(DirectLineRateLimits.AddPolicies);
        services.AddHttpClient<AzureDirectLineTokenClient>(http => http.Timeout = TimeSpan.FromSeconds(15));
        return services;
    }
}
