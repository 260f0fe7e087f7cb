using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using ChatBot.Scale;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.LoadDriver;

/// <summary>
/// Time to the first visible update of a streamed answer: the built host with AI:Provider=OpenAICompatible against a
/// <see cref="ScriptedStreamingModel"/> that sends a word every 20 ms. Each dev question is asked twice, one at a time:
/// POST /api/ask with "stream": true (time to the first verified sentence event and to the answer event), and as a Teams
/// one-to-one message to /api/messages (time to the informative update, the first text update and the final message at
/// a stand-in channel). Times run from the request being sent.
/// </summary>
internal static class StreamingRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        var tokenMs = 20;
        string? hostDll = null, questionsPath = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--token-ms": tokenMs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--host-dll": hostDll = args[i + 1]; break;
                case "--questions": questionsPath = args[i + 1]; break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}. Options: --token-ms N, --host-dll path, --questions file.jsonl.");
                    return 2;
            }
        }

        var questions = QuestionSet.LoadLabelled(questionsPath);
        if (questions.Count == 0)
        {
            Console.Error.WriteLine("No question set (../shared/eval/dev.jsonl, or --questions).");
            return 2;
        }

        await using var model = new ScriptedStreamingModel(questions, TimeSpan.FromMilliseconds(tokenMs));
        await model.StartAsync();
        await using var channel = new StreamChannel();
        await channel.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        await using var host = await HostProcess.StartOrAttachAsync(new LoadDriverOptions { HostDll = hostDll }, http, new Dictionary<string, string>
        {
            ["AI__Provider"] = "OpenAICompatible",
            ["AI__Endpoint"] = model.Endpoint,
            ["AI__Model"] = "scripted",
            ["AI__MaxRetries"] = "0",
            ["Bot__MessagesPerMinute"] = "10000",
            ["DirectLine__ConversationsPerMinutePerClient"] = "10000",
        });

        // Warm up: JIT, the connector, the first query embedding.
        await AskAsync(http, host.BaseUrl, questions[0].Question);
        // Each question in a conversation of its own, as for Teams: no earlier question turns it into a follow-up.
        async Task<(double? First, double? FirstText, double Final)> AskPageAsync(string question)
        {
            var page = new DirectLinePage(http, host.BaseUrl);
            await page.StartAsync();
            return await page.AskAsync(question);
        }

        await AskPageAsync(questions[0].Question);

        var searchingEvent = new List<double>();
        var firstSentence = new List<double>();
        var answerEvent = new List<double>();
        var firstWords = new List<double>();
        var overhead = new List<double>();
        var informative = new List<double>();
        var firstText = new List<double>();
        var final = new List<double>();
        var pageFirst = new List<double>();
        var pageText = new List<double>();
        var pageFinal = new List<double>();
        var declined = 0;
        foreach (var item in questions)
        {
            var ask = await AskAsync(http, host.BaseUrl, item.Question);
            answerEvent.Add(ask.Answer);
            if (ask.Searching is { } searched)
            {
                searchingEvent.Add(searched);
            }

            if (ask.FirstSentence is { } first)
            {
                firstSentence.Add(first);
                firstWords.Add(ask.FirstWords);
                // What the host adds to the model's own time for the sentence (its words, at one per token delay).
                overhead.Add(first - (ask.FirstWords * tokenMs));
            }
            else
            {
                declined++;
            }

            var teams = await channel.AskAsync(http, host.BaseUrl, item.Question);
            informative.Add(teams.Informative ?? double.NaN);
            if (teams.FirstText is { } text)
            {
                firstText.Add(text);
            }

            final.Add(teams.Final);
            var web = await AskPageAsync(item.Question);
            pageFirst.Add(web.First ?? double.NaN);
            if (web.FirstText is { } shown)
            {
                pageText.Add(shown);
            }

            pageFinal.Add(web.Final);
        }

        Console.WriteLine($"{questions.Count} questions, one word every {tokenMs} ms, one at a time; {declined} answered without a streamed sentence (declines, or nothing verified)");
        Console.WriteLine($"/api/ask stream, searching event:      {new Percentiles(searchingEvent)}");
        Console.WriteLine($"/api/ask stream, first sentence event: {new Percentiles(firstSentence)}; its words: median {new Percentiles(firstWords).P50:F0}, max {new Percentiles(firstWords).Max:F0}");
        var shortOnes = firstSentence.Where((_, i) => firstWords[i] <= 12).ToList();
        Console.WriteLine($"/api/ask stream, first sentence event when it has ≤ 12 words: {new Percentiles(shortOnes)}");
        Console.WriteLine($"/api/ask stream, first sentence event minus its words × {tokenMs} ms: {new Percentiles(overhead)}");
        Console.WriteLine($"/api/ask stream, answer event:         {new Percentiles(answerEvent)}");
        Console.WriteLine($"Teams, informative update:             {new Percentiles(informative.Where(double.IsFinite))} ({informative.Count(double.IsNaN)} without one)");
        Console.WriteLine($"Teams, first text update:              {new Percentiles(firstText)}");
        Console.WriteLine($"Teams, final message:                  {new Percentiles(final)}");
        Console.WriteLine($"Web Chat page (offline Direct Line, polling as the page does), first bot activity: {new Percentiles(pageFirst.Where(double.IsFinite))}");
        Console.WriteLine($"Web Chat page, first streamed text:    {new Percentiles(pageText)}");
        Console.WriteLine($"Web Chat page, final message:          {new Percentiles(pageFinal)}");
        return 0;
    }

    private static async Task<(double? Searching, double? FirstSentence, int FirstWords, double Answer)> AskAsync(HttpClient http, string baseUrl, string question)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/api/ask")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { question, stream = true }), Encoding.UTF8, "application/json"),
        };
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        double? searching = null, first = null;
        var words = 0;
        await foreach (var item in SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync())
        {
            if (item.EventType == "searching")
            {
                searching ??= watch.Elapsed.TotalMilliseconds;
            }
            else if (item.EventType == "sentence" && first is null)
            {
                first = watch.Elapsed.TotalMilliseconds;
                using var sentence = JsonDocument.Parse(item.Data);
                words = sentence.RootElement.GetProperty("text").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            }
            else if (item.EventType is "answer" or "error")
            {
                return (searching, first, words, watch.Elapsed.TotalMilliseconds);
            }
        }

        throw new InvalidOperationException($"The stream for '{question}' ended without an answer event.");
    }

    /// <summary>A stand-in Teams channel: times the streaming activities the bot sends for each question.</summary>
    private sealed class StreamChannel : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Type, string? StreamType, double At)>> seen = new(StringComparer.Ordinal);
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private WebApplication? app;
        private string serviceUrl = "";
        private int sequence;

        public async Task StartAsync()
        {
            (app, serviceUrl) = await LoopbackServer.StartAsync(a => a.MapPost("/v3/conversations/{conversation}/activities/{replyTo?}", ReceiveAsync));
        }

        public async Task<(double? Informative, double? FirstText, double Final)> AskAsync(HttpClient http, string baseUrl, string question)
        {
            var id = $"stream-{Interlocked.Increment(ref sequence)}";
            var activity = new
            {
                type = "message",
                id,
                channelId = "msteams",
                serviceUrl,
                from = new { id = "29:driver", name = "Load driver" },
                recipient = new { id = "28:chatbot", name = "ChatBot" },
                conversation = new { id = $"a:{id}", conversationType = "personal" },
                text = question,
                locale = "en-US",
            };
            var queue = seen.GetOrAdd(id, _ => new());
            var started = clock.Elapsed.TotalMilliseconds;
            using var content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync($"{baseUrl}/api/messages", content);
            response.EnsureSuccessStatusCode(); // the turn, and so every activity of the reply, is over
            var activities = queue.ToList();
            double? At(Func<(string Type, string? StreamType, double At), bool> match) =>
                activities.Where(match).Select(a => (double?)(a.At - started)).FirstOrDefault();
            return (
                At(a => a.StreamType == "informative"),
                At(a => a.StreamType == "streaming"),
                At(a => a.Type == "message") ?? throw new InvalidOperationException($"No message answered '{question}'."));
        }

        private async Task<IResult> ReceiveAsync(HttpRequest request, string? replyTo)
        {
            var at = clock.Elapsed.TotalMilliseconds;
            using var activity = await JsonDocument.ParseAsync(request.Body);
            var root = activity.RootElement;
            var streamType = root.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("streamType", out var s) ? s.GetString() : null;
            if (replyTo is not null && seen.TryGetValue(replyTo, out var queue))
            {
                queue.Enqueue((root.GetProperty("type").GetString() ?? "", streamType, at));
            }

            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        }

        public ValueTask DisposeAsync() => LoopbackServer.StopAsync(app);
    }
}
