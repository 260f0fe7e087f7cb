using ChatBot.Core.Configuration;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>The offline stack the host runs (retrieval + offline answerer + citation verifier), over the repository's corpus.</summary>
internal static class AnsweringBenchmarkHost
{
    /// <summary>Builds the services and loads (or builds, once) the index snapshot in <paramref name="indexFolder"/>.</summary>
    public static async Task<ServiceProvider> CreateAsync(string indexFolder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Corpus:Folder"] = ContentPaths.Resolve("corpus"),
                ["Index:Folder"] = indexFolder,
                ["Answering:PromptsPath"] = ContentPaths.Resolve("prompts"),
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddChatBotRetrieval(configuration)
            .AddChatBotAnswering(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<ICorpusIndex>().GetAsync();
        return services;
    }
}
