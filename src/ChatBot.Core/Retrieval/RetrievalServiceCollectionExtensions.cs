using ChatBot.Core.Corpus;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Retrieval.Evaluation;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.VectorData;

namespace ChatBot.Core.Retrieval;

/// <summary>Registers embeddings, the passage vector store, the corpus index and the <see cref="IPassageRetriever"/>.</summary>
public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Adds the retrieval half of ChatBot, with the corpus reader and chunker (AddChatBotCorpus). To use another vector
    /// database, register its <c>VectorStore</c> before calling this: the index fills two collections of it in turn.
    /// </summary>
    public static IServiceCollection AddChatBotRetrieval(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChatBotCorpus(configuration);
        services.TryAddSingleton<ICorpusSource, LoadedCorpusSource>();
        services.AddChatBotEmbeddings(configuration);
        services.AddOptions<RetrievalOptions>().Bind(configuration.GetSection(RetrievalOptions.SectionName))
            .Validate(o => o.Top > 0 && o.CandidatePool > 0, "Retrieval:Top and Retrieval:CandidatePool must be positive.")
            .Validate(o => o.Bm25K1 >= 0 && o.Bm25B is >= 0 and <= 1, "Retrieval:Bm25K1 must be ≥ 0 and Retrieval:Bm25B between 0 and 1.")
            .Validate(o => o.RrfK >= 0 && o.KeywordWeight >= 0 && o.VectorWeight >= 0 && o.GlossaryWeight >= 0, "Retrieval weights and RrfK must not be negative.")
            .ValidateOnStart();
        services.AddOptions<IndexOptions>().Bind(configuration.GetSection(IndexOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Folder), "Index:Folder must not be empty.")
            .ValidateOnStart();

        services.TryAddSingleton<Microsoft.Extensions.VectorData.VectorStore>(sp => new InMemoryVectorStore(sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>()));
        services.TryAddSingleton(sp => new EmbeddingCache(sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(), sp.GetRequiredService<EmbeddingModel>()));
        services.TryAddSingleton<IndexSnapshotStore>();
        services.TryAddSingleton<ICorpusIndex, CorpusIndex>();
        services.TryAddSingleton<IPassageRetriever, HybridPassageRetriever>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEvalSuite, RetrievalEvalSuite>());
        return services;
    }
}
