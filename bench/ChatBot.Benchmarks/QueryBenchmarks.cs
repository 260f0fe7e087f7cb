using BenchmarkDotNet.Attributes;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>Latency of one query end to end (query embedding + BM25 + vector search + fusion), per mode, over the dev questions.</summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MedianColumn]
public class QueryBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chatbot-bench", "warm");
    private ServiceProvider? services;
    private IPassageRetriever? retriever;
    private IReadOnlyList<string> queries = [];
    private int next;

    [Params(RetrievalMode.Keyword, RetrievalMode.Vector, RetrievalMode.Hybrid)]
    public RetrievalMode Mode { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        services = BenchmarkHost.Create(folder);
        await services.GetRequiredService<ICorpusIndex>().GetAsync();
        retriever = services.GetRequiredService<IPassageRetriever>();
        queries = BenchmarkHost.Queries();
        await retriever.SearchAsync("warm up the model", Mode); // loads MiniLM outside the measurement
    }

    [GlobalCleanup]
    public void Cleanup() => services?.Dispose();

    /// <summary>One query; consecutive invocations cycle through the question set.</summary>
    [Benchmark]
    public async Task<int> Search()
    {
        var query = queries[next++ % queries.Count];
        var results = await retriever!.SearchAsync(query, Mode, top: 8);
        return results.Count;
    }
}
