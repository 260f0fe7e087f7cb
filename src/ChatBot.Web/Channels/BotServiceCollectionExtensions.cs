using ChatBot.Core.Feedback;
using ChatBot.Web.Feedback;
using ChatBot.Web.Bots;
using ChatBot.Web.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Web.Channels;

/// <summary>Registers the Bot Framework side of the host: authentication, adapter, rate limit, renderer and the bot.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddChatBotBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>()
            .Bind(configuration.GetSection(BotOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Reads the conventional root keys MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId;
        // with no MicrosoftAppId, requests are not authenticated (local Emulator and Agents Playground).
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ChannelAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                configuration,
                httpClientFactory: sp.GetService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ChannelAuthentication>>()));
        services.AddSingleton<ConversationRateLimitMiddleware>();
        services.AddSingleton<AdapterWithErrorHandler>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton<AnswerActivityRenderer>();
        services.AddChatBotFeedback(configuration);
        services.AddSingleton<AnswerFeedback>();
        services.AddTransient<IBot, AnswerBot>();
        return services;
    }
}
