using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Web.State;

/// <summary>Registers the bot's <see cref="IStorage"/> and <see cref="ConversationState"/> as configured in "State".</summary>
public static class StateServiceCollectionExtensions
{
    public static IServiceCollection AddChatBotState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StateOptions>()
            .Bind(configuration.GetSection(StateOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<IConnectionMultiplexer>(sp =>
        {
            var options = ConfigurationOptions.Parse(sp.GetRequiredService<IOptions<StateOptions>>().Value.RedisConnection!);

            // Start even when Redis is briefly away; StackExchange.Redis reconnects by itself.
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });

        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<IOptions<StateOptions>>().Value.Provider switch
        {
            StateProvider.Redis => ActivatorUtilities.CreateInstance<RedisStorage>(sp),
            _ => new MemoryStorage(),
        });
        services.AddSingleton<ConversationState>();
        return services;
    }
}
