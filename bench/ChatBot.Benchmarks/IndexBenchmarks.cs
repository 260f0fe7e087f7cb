using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks;

/// <summary>Cold build (read, chunk, embed every passage, write the snapshot) and warm start (read, chunk, load the snapshot).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "index")]
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private readonly string warmFolder = Path.Combine(Path.GetTempPath(), "chatbot-bench", "warm");
    private readonly string coldFolder = Path.Combine(Path.GetTempPath(), "chatbot-bench", "cold");
    private ServiceProvider? services;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // One build so that the warm-start benchmark finds a valid snapshot.
        using var provider = BenchmarkHost.Create(warmFolder);
        await provider.GetRequiredService<ICorpusIndex>().GetAsync();
    }

    [IterationCleanup]
    public void Cleanup()
    {
        services?.Dispose();
        services = null;
    }

    /// <summary>A new process's start: fresh services, corpus read and chunked, embeddings taken from the snapshot.</summary>
    [Benchmark]
    public async Task<int> WarmStart()
    {
        services = BenchmarkHost.Create(warmFolder);
        var corpus = await services.GetRequiredService<ICorpusIndex>().GetAsync();
        return corpus.Stats.FromSnapshot ? corpus.Passages.Count : throw new InvalidOperationException("The snapshot was not used.");
    }
}

/// <summary>Cold build: every passage embedded with MiniLM (about a minute on 2 shared cores, so measured once per iteration, 3 iterations).</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 3, id: "cold")]
public class ColdBuildBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chatbot-bench", "cold");

    [Benchmark]
    public async Task<int> ColdBuild()
    {
        using var services = BenchmarkHost.Create(folder);
        var corpus = await services.GetRequiredService<ICorpusIndex>().GetAsync(null, rebuild: true);
        return corpus.Passages.Count;
    }
}
