using ChatBot.Core.Configuration;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>Builds the same retrieval services as the CLI, over the repository's corpus/ and a given snapshot folder.</summary>
internal static class BenchmarkHost
{
    public static ServiceProvider Create(string indexFolder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Corpus:Folder"] = ContentPaths.Resolve("corpus"),
                ["Index:Folder"] = indexFolder,
            })
            .Build();
        return new ServiceCollection().AddLogging().AddChatBotRetrieval(configuration).BuildServiceProvider();
    }

    /// <summary>The dev questions (or a few fixed ones when the file is not there), used as the query workload.</summary>
    public static IReadOnlyList<string> Queries()
    {
        string[] fallback =
        [
            "where is trotsky buried?",
            "who claimed trotsky could actually speak french fluently?",
            "when did trotsky officially take over as commissar for the army and navy?",
            "what were trotsky's last words supposedly?",
        ];
        var path = Environment.GetEnvironmentVariable("CHATBOT_BENCH_QUERIES") ?? ContentPaths.Resolve("../shared/eval/dev.jsonl");
        if (!File.Exists(path))
        {
            return fallback;
        }

        var (items, _) = ChatBot.Core.Retrieval.Evaluation.EvalSetReader.Read(path);
        return items.Count == 0 ? fallback : items.Select(i => i.SearchQuery).ToList();
    }
}
