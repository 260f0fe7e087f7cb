using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.LoadDriver;

/// <summary>
/// POST /api/ask {"question": "...", "history": [...]}; the answer is the response body. Each worker asks in
/// conversations of <see cref="LoadDriverOptions.QuestionsPerConversation"/> questions, as the messages target does, and
/// sends the conversation's earlier questions as the history, so both targets do the same answering work (follow-ups
/// included) and their throughputs compare the channel, not the questions.
/// </summary>
internal sealed class AskTarget(HttpClient http, string baseUrl, LoadDriverOptions options) : ILoadTarget
{
    private readonly ConcurrentDictionary<int, List<string>> conversations = new();

    public string Name => "/api/ask";

    public async Task<RequestOutcome> SendAsync(string question, int worker, int sequence, CancellationToken cancellationToken)
    {
        var asked = conversations.GetOrAdd(worker, _ => []);
        if (sequence % Math.Max(1, options.QuestionsPerConversation) == 0)
        {
            asked.Clear();
        }

        var history = asked.ToArray();
        asked.Add(question);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.PostAsJsonAsync($"{baseUrl}/api/ask", new { question, history }, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                return new RequestOutcome(elapsed, false, false, $"HTTP {(int)response.StatusCode}");
            }

            using var answer = JsonDocument.Parse(body);
            var answered = answer.RootElement.TryGetProperty("answered", out var a) && a.ValueKind == JsonValueKind.True;
            return new RequestOutcome(elapsed, true, answered);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException)
        {
            return new RequestOutcome(watch.Elapsed.TotalMilliseconds, false, false, e.GetType().Name);
        }
    }
}
