using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.LoadDriver;

/// <summary>
/// Measures the live corpus: starts the built host on a copy of corpus/ (its own index folder), then per round adds one
/// small Markdown file with a new fact and times until /api/ask answers with it, then deletes it and times until the
/// answer no longer has it. Each time covers the watcher's debounce, the rebuild (read, chunk, embed the new passage,
/// fill the other collection) and the swap.
/// </summary>
internal static class LiveCorpusRun
{
    // One new fact per round, named so that nothing in the seed corpus answers it (the years are made up).
    private static readonly (string Name, string Builder)[] Lighthouses =
    [
        ("Skerryvore", "Alan Stevenson"), ("Bell Rock", "Robert Stevenson"), ("Muckle Flugga", "David Stevenson"),
        ("Ardnamurchan", "Alan Stevenson"), ("Dubh Artach", "Thomas Stevenson"),
    ];

    public static async Task<int> MainAsync(string[] args)
    {
        var rounds = 5;
        string? hostDll = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--rounds":
                    rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--host-dll":
                    hostDll = args[i + 1];
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}. Options: --rounds N, --host-dll path.");
                    return 2;
            }
        }

        var root = Directory.CreateTempSubdirectory("chatbot-live-corpus-").FullName;
        try
        {
            var corpus = Path.Combine(root, "corpus");
            CopyFolder(FindCorpus(), corpus);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var started = Stopwatch.StartNew();
            await using var host = await HostProcess.StartOrAttachAsync(
                new LoadDriverOptions { HostDll = hostDll },
                http,
                new Dictionary<string, string> { ["Corpus__Folder"] = corpus, ["Index__Folder"] = Path.Combine(root, "index") });
            Console.WriteLine($"host ready in {started.Elapsed.TotalSeconds:F1} s (first start embeds the whole copy)");

            var added = new List<double>();
            var deleted = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                var (name, builder) = Lighthouses[(round - 1) % Lighthouses.Length];
                var year = (1801 + (round * 7)).ToString(CultureInfo.InvariantCulture);
                var question = $"When was the {name} lighthouse first lit?";
                var file = Path.Combine(corpus, $"lighthouse-{round}.md");
                var text = $"# {name}\n\nThe {name} lighthouse was first lit in {year} by {builder}.\n";

                var watch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file + ".tmp", text);
                File.Move(file + ".tmp", file);
                await UntilAsync(http, host.BaseUrl, question, answer => answer.Contains(year, StringComparison.Ordinal));
                added.Add(watch.Elapsed.TotalMilliseconds);

                watch.Restart();
                File.Delete(file);
                await UntilAsync(http, host.BaseUrl, question, answer => !answer.Contains(year, StringComparison.Ordinal));
                deleted.Add(watch.Elapsed.TotalMilliseconds);
                Console.WriteLine($"round {round}: added → answered in {added[^1]:F0} ms, deleted → gone in {deleted[^1]:F0} ms");
            }

            Console.WriteLine($"file added → answer: median {Median(added):F0} ms (min {added.Min():F0}, max {added.Max():F0}); deleted → gone: median {Median(deleted):F0} ms, over {rounds} rounds");
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task UntilAsync(HttpClient http, string baseUrl, string question, Func<string, bool> done)
    {
        var deadline = Stopwatch.StartNew();
        var last = string.Empty;
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            using var response = await http.PostAsJsonAsync($"{baseUrl}/api/ask", new { question });
            response.EnsureSuccessStatusCode();
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            last = answer.RootElement.GetProperty("answer").GetString() ?? string.Empty;
            if (done(last))
            {
                return;
            }

            await Task.Delay(25);
        }

        var health = await http.GetStringAsync($"{baseUrl}/healthz");
        throw new TimeoutException($"'{question}' did not change within 2 minutes; last answer: {last}; /healthz: {health}");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, "leon-trotsky.txt")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("corpus/ (with leon-trotsky.txt) not found above the driver's folder.");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
