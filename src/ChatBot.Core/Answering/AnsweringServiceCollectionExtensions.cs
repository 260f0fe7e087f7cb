using Azure.Identity;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Replay;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Configuration;
using ChatBot.Core.Retrieval.Evaluation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the answer service: generative (Semantic Kernel) with offline fallback when AI:Provider names a model, else the offline answerer.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>Name of the HttpClient (with retry and timeouts) that the Semantic Kernel connector uses.</summary>
    public const string ModelHttpClientName = "ChatBot.AI";

    /// <summary>Adds <see cref="IAnswerService"/> and its parts; needs the retriever, the corpus index and an embedding generator registered (AddChatBotRetrieval).</summary>
    public static IServiceCollection AddChatBotAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnsweringOptions>().Bind(configuration.GetSection(AnsweringOptions.SectionName))
            .Validate(o => o.TopPassages > 0 && o.MaxAnswerSentences > 0 && o.MaxCitations is > 0 and <= AnswerLimits.MaxCitations, $"Answering: TopPassages and MaxAnswerSentences must be positive, MaxCitations 1–{AnswerLimits.MaxCitations}.")
            .ValidateOnStart();
        services.AddOptions<AiOptions>().Bind(configuration.GetSection(AiOptions.SectionName))
            .Validate(o => o.TimeoutSeconds > 0 && o.AttemptTimeoutSeconds > 0 && o.MaxRetries >= 0 && o.RetryBaseDelaySeconds >= 0, "AI: TimeoutSeconds and AttemptTimeoutSeconds must be positive, MaxRetries and RetryBaseDelaySeconds not negative.")
            .ValidateOnStart();

        services.AddSingleton<CitationFactory>();
        // Embedding support costs a model call per checked claim, so it is opt-in (Answering:EmbeddingSupport).
        services.AddSingleton(sp => new CitationVerifier(
            sp.GetRequiredService<IOptions<AnsweringOptions>>(),
            sp.GetRequiredService<CitationFactory>(),
            sp.GetRequiredService<IOptions<AnsweringOptions>>().Value.EmbeddingSupport ? sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>() : null,
            sp.GetService<ICorpusIndex>()));
        services.AddSingleton<IPromptProvider, FilePromptProvider>();
        services.AddSingleton<SentenceTableProvider>();
        services.AddSingleton<SelectorInputBuilder>();
        // A missing or out-of-date model file is an error that names the file when the answerer is first needed
        // (the host resolves it at start, see AnswerSelectorCheck), never a silent fallback.
        services.AddSingleton(sp => AnswerSelector.Load(
            ContentPaths.Resolve(sp.GetRequiredService<IOptions<AnsweringOptions>>().Value.SelectorModel),
            sp.GetRequiredService<SelectorInputBuilder>().FeatureNames));
        services.AddSingleton<AnswerComposer>();
        services.AddSingleton<OfflineAnswerService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEvalSuite, AnswerEvalSuite>());
        services.AddSingleton<ReplaySuite>();

        var ai = configuration.GetSection(AiOptions.SectionName).Get<AiOptions>() ?? new AiOptions();
        if (ai.Provider == AiProvider.Offline)
        {
            services.AddSingleton<IAnswerService>(sp => sp.GetRequiredService<OfflineAnswerService>());
            return services;
        }

        RequireSettings(ai);
        services.AddHttpClient(ModelHttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan) // the resilience pipeline bounds the time
            .AddResilienceHandler("model", (pipeline, context) => ConfigureResilience(pipeline, context.ServiceProvider.GetRequiredService<IOptions<AiOptions>>().Value));
        services.AddSingleton(sp => CreateKernel(sp, sp.GetRequiredService<IOptions<AiOptions>>().Value));
        services.AddSingleton<GenerativeAnswerService>();
        services.AddSingleton<IAnswerService>(sp => sp.GetRequiredService<GenerativeAnswerService>());
        return services;
    }

    private static void RequireSettings(AiOptions ai)
    {
        static void Require(string? value, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException($"Missing configuration: AI:{key}. See the README.");
            }
        }

        switch (ai.Provider)
        {
            case AiProvider.AzureOpenAI:
                Require(ai.Endpoint, nameof(AiOptions.Endpoint));
                Require(ai.ChatDeployment, nameof(AiOptions.ChatDeployment));
                break;
            case AiProvider.OpenAI:
                Require(ai.ApiKey, nameof(AiOptions.ApiKey));
                Require(ai.Model, nameof(AiOptions.Model));
                break;
            case AiProvider.OpenAICompatible:
                Require(ai.Endpoint, nameof(AiOptions.Endpoint));
                Require(ai.Model, nameof(AiOptions.Model));
                break;
        }

        if (ai.Endpoint is { Length: > 0 } endpoint && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"Invalid configuration: AI:Endpoint '{endpoint}' is not an absolute URL. See the README.");
        }
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, AiOptions ai)
    {
        // Outer bound for all attempts together; the service also bounds the whole answer by AI:TimeoutSeconds.
        pipeline.AddTimeout(TimeSpan.FromSeconds(ai.TimeoutSeconds));
        if (ai.MaxRetries > 0)
        {
            // Handles 408, 429, 5xx, connection failures and attempt timeouts; honours Retry-After.
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = ai.MaxRetries,
                Delay = TimeSpan.FromSeconds(ai.RetryBaseDelaySeconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        pipeline.AddTimeout(TimeSpan.FromSeconds(Math.Min(ai.AttemptTimeoutSeconds, ai.TimeoutSeconds)));
    }

    private static Kernel CreateKernel(IServiceProvider services, AiOptions ai)
    {
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(ModelHttpClientName);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(services.GetRequiredService<ILoggerFactory>());
        switch (ai.Provider)
        {
            case AiProvider.AzureOpenAI when !string.IsNullOrWhiteSpace(ai.ApiKey):
                builder.AddAzureOpenAIChatCompletion(ai.ChatDeployment!, ai.Endpoint!, ai.ApiKey, modelId: ai.Model, httpClient: http);
                break;
            case AiProvider.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(ai.ChatDeployment!, ai.Endpoint!, new DefaultAzureCredential(), modelId: ai.Model, httpClient: http);
                break;
            case AiProvider.OpenAI when !string.IsNullOrWhiteSpace(ai.Endpoint):
                builder.AddOpenAIChatCompletion(ai.Model!, new Uri(ai.Endpoint), ai.ApiKey, httpClient: http);
                break;
            case AiProvider.OpenAI:
                builder.AddOpenAIChatCompletion(ai.Model!, ai.ApiKey!, httpClient: http);
                break;
            default:
                // Local servers (Ollama, llama.cpp, vLLM) usually ignore the key, but the client requires one.
                builder.AddOpenAIChatCompletion(ai.Model!, new Uri(ai.Endpoint!), string.IsNullOrWhiteSpace(ai.ApiKey) ? "unused" : ai.ApiKey, httpClient: http);
                break;
        }

        return builder.Build();
    }
}
