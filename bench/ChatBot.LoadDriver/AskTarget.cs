using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.LoadDriver;

/// <summary>POST /api/ask {"question": "..."}; the answer is the response body.</summary>
internal sealed class AskTarget(HttpClient http, string baseUrl) : ILoadTarget
{
    public string Name => "/api/ask";

    public async Task<RequestOutcome> SendAsync(string question, int worker, int sequence, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.PostAsJsonAsync($"{baseUrl}/api/ask", new { question, history = Array.Empty<string>() }, cancellationToken);
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
