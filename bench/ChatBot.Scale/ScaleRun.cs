using System.Diagnostics;
using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Core.Configuration;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Retrieval.Evaluation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Scale;

/// <summary>
/// One scale point: generates a corpus <c>--scale</c> times the seed, builds the index cold (read, chunk, embed, snapshot),
/// starts warm from the snapshot, and measures memory, snapshot size and sequential query latency (hybrid retrieval per
/// mode, and whole offline answers) over the dev questions. One scale per process, so memory figures are not mixed.
/// </summary>
internal static class ScaleRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        var scale = IntArg(args, "--scale", 1);
        var synthetic = StringArg(args, "--embeddings", "real") == "synthetic";
        var queryCount = IntArg(args, "--queries", 200);
        var json = StringArg(args, "--json", null);
        var work = Path.Combine(Path.GetTempPath(), "chatbot-scale", $"x{scale}-{(synthetic ? "synthetic" : "real")}");
        var corpusFolder = Path.Combine(work, "corpus");
        var indexFolder = Path.Combine(work, "index");
        if (Directory.Exists(indexFolder))
        {
            Directory.Delete(indexFolder, recursive: true);
        }

        var generate = Stopwatch.StartNew();
        var chars = SyntheticCorpus.Write(ContentPaths.Resolve("corpus"), corpusFolder, scale);
        Console.WriteLine($"scale {scale}×: {chars:N0} characters of corpus in {corpusFolder} (generated in {generate.ElapsedMilliseconds} ms)");
        var rssStart = Rss();

        using var real = new MiniLmEmbeddingGenerator();
        await real.GenerateAsync(["load the model before measuring"]); // ~1.5 s of model loading is not index building
        var generator = new SyntheticPassageEmbeddings(real, MiniLmEmbeddingGenerator.Dimensions) { Synthetic = synthetic };
        var rssModel = Rss();

        // Cold build.
        IndexStats cold;
        long managedAfterBuild, rssAfterBuild;
        double firstQueryMs;
        using (var services = Create(corpusFolder, indexFolder, generator, synthetic))
        {
            cold = (await services.GetRequiredService<ICorpusIndex>().GetAsync(null, rebuild: true)).Stats;
            Console.WriteLine($"cold build: {cold.Passages:N0} passages, read+chunk {cold.ReadTime.TotalMilliseconds:F0} ms, embed {cold.EmbedTime.TotalSeconds:F1} s, snapshot {cold.SnapshotTime.TotalMilliseconds:F0} ms, total {cold.TotalTime.TotalSeconds:F1} s");
            generator.Synthetic = false; // queries are embedded by the real model from here on
            var retriever = services.GetRequiredService<IPassageRetriever>();
            var first = Stopwatch.StartNew();
            await retriever.SearchAsync("who was trotsky", RetrievalMode.Hybrid); // builds the BM25 index lazily
            firstQueryMs = first.Elapsed.TotalMilliseconds;
            managedAfterBuild = GC.GetTotalMemory(forceFullCollection: true);
            rssAfterBuild = Rss();
            Console.WriteLine($"first query (builds BM25): {firstQueryMs:F0} ms; managed heap {Mb(managedAfterBuild)} MB, RSS {Mb(rssAfterBuild)} MB (model loaded: {Mb(rssModel)} MB, process start: {Mb(rssStart)} MB)");
        }

        var snapshotBytes = Directory.EnumerateFiles(indexFolder).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"snapshot: {snapshotBytes:N0} bytes");

        // Warm start and queries.
        generator.Synthetic = synthetic;
        using var warmServices = Create(corpusFolder, indexFolder, generator, synthetic);
        var warm = (await warmServices.GetRequiredService<ICorpusIndex>().GetAsync()).Stats;
        if (!warm.FromSnapshot)
        {
            Console.Error.WriteLine("The warm start did not use the snapshot.");
            return 1;
        }

        generator.Synthetic = false;
        Console.WriteLine($"warm start: {warm.TotalTime.TotalMilliseconds:F0} ms (read+chunk {warm.ReadTime.TotalMilliseconds:F0} ms, snapshot {warm.SnapshotTime.TotalMilliseconds:F0} ms)");
        var questions = Questions();
        var warmRetriever = warmServices.GetRequiredService<IPassageRetriever>();
        var answers = warmServices.GetRequiredService<IAnswerService>();
        await warmRetriever.SearchAsync("warm up", RetrievalMode.Hybrid);
        await answers.AskAsync(questions[0], []);

        var latency = new Dictionary<string, Percentiles>();
        foreach (var mode in new[] { RetrievalMode.Keyword, RetrievalMode.Vector, RetrievalMode.Hybrid })
        {
            latency[mode.ToString().ToLowerInvariant()] = await MeasureAsync(queryCount, questions, q => warmRetriever.SearchAsync(q, mode, 8));
        }

        latency["answer"] = await MeasureAsync(queryCount, questions, q => answers.AskAsync(q, []));
        foreach (var (name, p) in latency)
        {
            Console.WriteLine($"{name,-8} {p}");
        }

        var managedEnd = GC.GetTotalMemory(forceFullCollection: true);
        var rssEnd = Rss();
        Console.WriteLine($"after queries: managed heap {Mb(managedEnd)} MB, RSS {Mb(rssEnd)} MB");
        if (json is not null)
        {
            var report = new
            {
                scale, embeddings = synthetic ? "synthetic" : "real", corpusChars = chars, passages = cold.Passages,
                coldReadMs = cold.ReadTime.TotalMilliseconds, coldEmbedMs = cold.EmbedTime.TotalMilliseconds,
                coldSnapshotMs = cold.SnapshotTime.TotalMilliseconds, coldTotalMs = cold.TotalTime.TotalMilliseconds,
                firstQueryMs, warmTotalMs = warm.TotalTime.TotalMilliseconds, snapshotBytes,
                rssStartMb = Mb(rssStart), rssModelMb = Mb(rssModel), managedAfterBuildMb = Mb(managedAfterBuild), rssAfterBuildMb = Mb(rssAfterBuild),
                managedEndMb = Mb(managedEnd), rssEndMb = Mb(rssEnd),
                latency = latency.ToDictionary(kv => kv.Key, kv => new { p50 = kv.Value.P50, p95 = kv.Value.P95, p99 = kv.Value.P99, max = kv.Value.Max, n = kv.Value.Count }),
            };
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        }

        return 0;
    }

    private static ServiceProvider Create(string corpusFolder, string indexFolder, SyntheticPassageEmbeddings generator, bool synthetic)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Corpus:Folder"] = corpusFolder,
                ["Index:Folder"] = indexFolder,
                ["Answering:PromptsPath"] = ContentPaths.Resolve("prompts"),
            })
            .Build();
        var services = new ServiceCollection().AddLogging();
        // Registered first, so AddChatBotEmbeddings (TryAdd) keeps them; the model id keeps synthetic snapshots apart.
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new NotDisposing(generator));
        services.AddSingleton(new EmbeddingModel(synthetic ? "synthetic/unit-vectors" : MiniLmEmbeddingGenerator.ModelId, MiniLmEmbeddingGenerator.Dimensions));
        return services.AddChatBotRetrieval(configuration).AddChatBotAnswering(configuration).BuildServiceProvider();
    }

    private static async Task<Percentiles> MeasureAsync<T>(int count, IReadOnlyList<string> questions, Func<string, Task<T>> run)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            await run(questions[i % questions.Count]);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new Percentiles(times);
    }

    private static IReadOnlyList<string> Questions()
    {
        var path = ContentPaths.Resolve("../shared/eval/dev.jsonl");
        var items = File.Exists(path) ? EvalSetReader.Read(path).Items.Select(i => i.SearchQuery).ToList() : [];
        return items.Count > 0 ? items : ["where is trotsky buried?", "what were trotsky's last words supposedly?"];
    }

    private static long Rss()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);

    private static int IntArg(string[] args, string name, int fallback) =>
        StringArg(args, name, null) is { } value && int.TryParse(value, out var parsed) ? parsed : fallback;

    private static string? StringArg(string[] args, string name, string? fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
