using ChatBot.Core.Answering;
using ChatBot.Web.Bots;
using ChatBot.Web.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Channels;

/// <summary>Registers the Bot Framework side of the host: authentication, adapter, rate limit, renderer and the bot.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddChatBotBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>()
            .Bind(configuration.GetSection(BotOptions.SectionName))
            .PostConfigure<IOptions<AnsweringOptions>>((bot, answering) =>
            {
                // One public address for the whole host: Answering:PublicBaseUrl serves /api/ask, the CLI and, unless
                // Bot:PublicBaseUrl overrides it, the bot's replies.
                if (string.IsNullOrWhiteSpace(bot.PublicBaseUrl))
                {
                    bot.PublicBaseUrl = answering.Value.PublicBaseUrl ?? string.Empty;
                }
            })
            .ValidateDataAnnotations()
            .Validate(bot => bot.HasValidPublicBaseUrl, "The public base URL (Answering:PublicBaseUrl, or Bot:PublicBaseUrl) must be an absolute http or https URL, e.g. https://bot.example.com.")
            .ValidateOnStart();

        // Reads the conventional root keys MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId;
        // with no MicrosoftAppId, requests are not authenticated (local Emulator and Agents Playground).
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            configuration,
            httpClientFactory: sp.GetService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.AddSingleton<ConversationRateLimitMiddleware>();
        services.AddSingleton<AdapterWithErrorHandler>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton<AnswerActivityRenderer>();
        services.AddTransient<IBot, AnswerBot>();
        return services;
    }
}
