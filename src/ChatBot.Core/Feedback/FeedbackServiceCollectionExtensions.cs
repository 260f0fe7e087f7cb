using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Core.Feedback;

/// <summary>Registers <see cref="IFeedbackStore"/>: Redis when State:Provider is Redis (the bot's own state keys), else the JSON Lines file.</summary>
public static class FeedbackServiceCollectionExtensions
{
    public static IServiceCollection AddChatBotFeedback(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedbackOptions>().Bind(configuration.GetSection(FeedbackOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path) && !string.IsNullOrWhiteSpace(o.RedisKey), "Feedback:Path and Feedback:RedisKey must not be empty.")
            .ValidateOnStart();

        // The same two State keys the bot's conversation state reads, so feedback sits where the state sits.
        var redis = string.Equals(configuration["State:Provider"], "Redis", StringComparison.OrdinalIgnoreCase);
        if (!redis)
        {
            services.TryAddSingleton<IFeedbackStore, JsonlFeedbackStore>();
            return services;
        }

        var connection = configuration["State:RedisConnection"];
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException("Missing configuration: State:RedisConnection (env State__RedisConnection) is required when State:Provider is Redis. See the README.");
        }

        services.TryAddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(connection);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.TryAddSingleton<IFeedbackStore, RedisFeedbackStore>();
        return services;
    }
}
