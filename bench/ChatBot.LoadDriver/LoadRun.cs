using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ChatBot.Scale;

namespace ChatBot.LoadDriver;

/// <summary>Starts (or attaches to) the host, warms it up, then runs closed-loop workers against each target and reports.</summary>
internal static class LoadRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        LoadDriverOptions options;
        try
        {
            options = LoadDriverOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var questions = QuestionSet.Load(options.Questions);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(16, options.Concurrency * 2), PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        await using var listener = new ChannelListener();
        await listener.StartAsync();
        await using var host = await HostProcess.StartOrAttachAsync(options, http);
        Console.WriteLine($"host {host.BaseUrl}; channel listener {listener.ServiceUrl}; {questions.Count} questions; {Environment.ProcessorCount} cores");

        var targets = new List<ILoadTarget>();
        if (options.Target is "messages" or "both")
        {
            targets.Add(new MessagesTarget(http, host.BaseUrl, listener, options));
        }

        if (options.Target is "ask" or "both")
        {
            targets.Add(new AskTarget(http, host.BaseUrl, options));
        }

        var reports = new List<object>();
        var failed = false;
        // Warm-up of every target before any is measured (one worker, so the first model load and JIT do not count): with
        // --target both the first target measured would otherwise pay for the JIT and tiering the second one inherits.
        foreach (var target in targets)
        {
            for (var i = 0; i < options.Warmup; i++)
            {
                await target.SendAsync(questions[i % questions.Count], -1, i, CancellationToken.None);
            }
        }

        foreach (var target in targets)
        {
            GC.Collect();
            var rssBefore = host.Rss();
            var (outcomes, elapsed) = await RunAsync(target, options, questions);
            var rssAfter = host.Rss();
            var report = Report(target, options, outcomes, elapsed, rssBefore, rssAfter);
            failed |= outcomes.Any(o => !o.Ok);
            reports.Add(report);
        }

        Console.WriteLine($"channel listener: {listener.Received} activities received, {listener.Unmatched} unmatched message replies");
        if (options.Json is { } json)
        {
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(reports, new JsonSerializerOptions { WriteIndented = true }));
        }

        return failed ? 1 : 0;
    }

    private static async Task<(List<RequestOutcome> Outcomes, TimeSpan Elapsed)> RunAsync(ILoadTarget target, LoadDriverOptions options, IReadOnlyList<string> questions)
    {
        var outcomes = new ConcurrentBag<RequestOutcome>();
        var issued = -1;
        using var stop = new CancellationTokenSource(options.Duration);
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(async () =>
        {
            var sequence = 0;
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref issued);
                if (n >= options.Requests)
                {
                    break;
                }

                // Requests in flight when time runs out still finish; the bound stops new ones.
                outcomes.Add(await target.SendAsync(questions[n % questions.Count], worker, sequence++, CancellationToken.None));
            }
        })).ToList();
        await Task.WhenAll(workers);
        return ([.. outcomes], watch.Elapsed);
    }

    private static object Report(ILoadTarget target, LoadDriverOptions options, List<RequestOutcome> outcomes, TimeSpan elapsed, long? rssBefore, long? rssAfter)
    {
        var ok = outcomes.Where(o => o.Ok).ToList();
        var latency = new Percentiles(ok.Select(o => o.Milliseconds));
        var errors = outcomes.Where(o => !o.Ok).GroupBy(o => o.Error ?? "error").ToDictionary(g => g.Key, g => g.Count());
        var throughput = ok.Count / elapsed.TotalSeconds;
        var answered = ok.Count(o => o.Answered);
        static string Mb(long? bytes) => bytes is { } b ? $"{b / (1024.0 * 1024):F0} MB" : "n/a";
        Console.WriteLine($"""
            {target.Name}: {outcomes.Count} requests at concurrency {options.Concurrency} in {elapsed.TotalSeconds:F1} s
              throughput   {throughput:F1} replies/s ({answered / elapsed.TotalSeconds:F1} answered questions/s; {answered} answered, {ok.Count - answered} declined)
              latency      p50 {latency.P50:F1} ms, p95 {latency.P95:F1} ms, p99 {latency.P99:F1} ms, max {latency.Max:F1} ms
              errors       {(errors.Count == 0 ? "none" : string.Join(", ", errors.Select(e => $"{e.Key}: {e.Value}")))}
              host RSS     {Mb(rssBefore)} before, {Mb(rssAfter)} after
            """);
        return new
        {
            target = target.Name, options.Concurrency, requests = outcomes.Count, seconds = elapsed.TotalSeconds,
            throughput, answeredPerSecond = answered / elapsed.TotalSeconds, answered, declined = ok.Count - answered,
            p50 = latency.P50, p95 = latency.P95, p99 = latency.P99, max = latency.Max, errors,
            rssBeforeMb = rssBefore / (1024.0 * 1024), rssAfterMb = rssAfter / (1024.0 * 1024),
        };
    }
}
