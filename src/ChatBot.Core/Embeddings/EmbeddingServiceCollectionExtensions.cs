using System.ClientModel;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenAI;

namespace ChatBot.Core.Embeddings;

/// <summary>Registers the configured <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> (local MiniLM, Azure OpenAI or OpenAI).</summary>
public static class EmbeddingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> and <see cref="EmbeddingModel"/> from the "Embeddings" section.
    /// Remote clients are built here, once; a missing setting throws "Missing configuration: Embeddings:X. See the README".
    /// </summary>
    public static IServiceCollection AddChatBotEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EmbeddingOptions.SectionName);
        services.AddOptions<EmbeddingOptions>().Bind(section).ValidateOnStart();
        var options = section.Get<EmbeddingOptions>() ?? new EmbeddingOptions();
        if (options.BatchSize < 1)
        {
            throw new InvalidOperationException("Invalid configuration: Embeddings:BatchSize must be at least 1. See the README.");
        }

        int? dimensions = options.Dimensions > 0 ? options.Dimensions : null;
        switch (options.Provider)
        {
            case EmbeddingProvider.Local:
                services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ => new MiniLmEmbeddingGenerator(options.BatchSize, Math.Max(0, options.LocalThreads)));
                services.TryAddSingleton(new EmbeddingModel(MiniLmEmbeddingGenerator.ModelId, MiniLmEmbeddingGenerator.Dimensions));
                break;

            case EmbeddingProvider.OpenAI:
            {
                var model = Required(options.Model, "Model");
                var apiKey = Required(options.ApiKey, "ApiKey");
                var clientOptions = new OpenAIClientOptions();
                if (!string.IsNullOrWhiteSpace(options.Endpoint))
                {
                    clientOptions.Endpoint = ParseEndpoint(options.Endpoint);
                }

                var client = new OpenAIClient(new ApiKeyCredential(apiKey), clientOptions);
                services.AddOpenAIEmbeddingGenerator(model, client, dimensions);
                services.TryAddSingleton(new EmbeddingModel($"openai/{model}", VectorSize(options, model)));
                break;
            }

            case EmbeddingProvider.AzureOpenAI:
            {
                var endpoint = ParseEndpoint(Required(options.Endpoint, "Endpoint")).ToString();
                var deployment = Required(options.Deployment, "Deployment");
                if (string.IsNullOrWhiteSpace(options.ApiKey))
                {
                    services.AddAzureOpenAIEmbeddingGenerator(deployment, endpoint, new DefaultAzureCredential(), modelId: options.Model, dimensions: dimensions);
                }
                else
                {
                    services.AddAzureOpenAIEmbeddingGenerator(deployment, endpoint, options.ApiKey, modelId: options.Model, dimensions: dimensions);
                }

                services.TryAddSingleton(new EmbeddingModel($"azureopenai/{deployment}/{options.Model ?? "default"}", VectorSize(options, options.Model ?? deployment)));
                break;
            }

            default:
                throw new InvalidOperationException($"Invalid configuration: Embeddings:Provider '{options.Provider}' is not one of Local, AzureOpenAI, OpenAI. See the README.");
        }

        RememberRecentQueries(services);
        return services;
    }

    // The configured generator, whichever it is, behind RecentQueryEmbeddings: the answer selector reads the question's
    // vector the retriever computed a moment before instead of embedding the same text again.
    private static void RememberRecentQueries(IServiceCollection services)
    {
        var index = -1;
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i].ServiceType == typeof(RecentQueryEmbeddings))
            {
                return;
            }

            if (services[i].ServiceType == typeof(IEmbeddingGenerator<string, Embedding<float>>) && !services[i].IsKeyedService)
            {
                index = i;
            }
        }

        if (index < 0)
        {
            return;
        }

        var inner = services[index];
        services.AddSingleton(sp => new RecentQueryEmbeddings(Create(sp, inner)));
        services[index] = ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<RecentQueryEmbeddings>());
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Create(IServiceProvider sp, ServiceDescriptor descriptor) =>
        (IEmbeddingGenerator<string, Embedding<float>>)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"Missing configuration: {EmbeddingOptions.SectionName}:{key}. See the README.")
            : value;

    private static Uri ParseEndpoint(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new InvalidOperationException($"Invalid configuration: {EmbeddingOptions.SectionName}:Endpoint '{endpoint}' is not an http(s) URL. See the README.");

    // The vector store schema needs the size before the first call; unknown models must state it.
    private static int VectorSize(EmbeddingOptions options, string model)
    {
        var size = options.Dimensions > 0 ? options.Dimensions : KnownDimensions(model);
        return size > 0
            ? size
            : throw new InvalidOperationException($"Missing configuration: {EmbeddingOptions.SectionName}:Dimensions (the vector size of '{model}'). See the README.");
    }

    // Vector sizes of the common OpenAI models, so the collection schema is known before the first call.
    private static int KnownDimensions(string model) => model switch
    {
        _ when model.Contains("text-embedding-3-large", StringComparison.OrdinalIgnoreCase) => 3072,
        _ when model.Contains("text-embedding-3-small", StringComparison.OrdinalIgnoreCase) => 1536,
        _ when model.Contains("ada-002", StringComparison.OrdinalIgnoreCase) => 1536,
        _ => 0,
    };
}
