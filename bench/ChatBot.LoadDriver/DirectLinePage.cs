using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.LoadDriver;

/// <summary>
/// A stand-in for the web page over the offline Direct Line: takes a token, starts a conversation and polls like Web Chat
/// 4.18 does with the page's settings (the next GET 250 ms after the previous one started), and times what the bot sends for each question.
/// </summary>
internal sealed class DirectLinePage(HttpClient http, string baseUrl)
{
    // As src/ChatBot.Web/wwwroot/webchat/app.js configures Web Chat.
    private const int PollingIntervalMs = 250;

    private string domain = "";
    private string token = "";
    private string conversationId = "";
    private string userId = "";
    private long watermark;

    public async Task StartAsync()
    {
        using var issued = await http.PostAsync($"{baseUrl}/api/directline/token", null);
        issued.EnsureSuccessStatusCode();
        using var session = JsonDocument.Parse(await issued.Content.ReadAsStringAsync());
        domain = session.RootElement.GetProperty("domain").GetString()!;
        token = session.RootElement.GetProperty("token").GetString()!;
        userId = session.RootElement.GetProperty("userId").GetString()!;
        using var start = new HttpRequestMessage(HttpMethod.Post, $"{domain}/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await http.SendAsync(start);
        started.EnsureSuccessStatusCode();
        using var conversation = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        conversationId = conversation.RootElement.GetProperty("conversationId").GetString()!;

        // The welcome, then quiet.
        while ((await PollAsync()).Count > 0)
        {
        }
    }

    /// <summary>Milliseconds from posting <paramref name="question"/> to the first activity of the bot (the informative update or a typing indicator), its first streamed text and its final message.</summary>
    public async Task<(double? First, double? FirstText, double Final)> AskAsync(string question)
    {
        var watch = Stopwatch.StartNew();
        using var post = new HttpRequestMessage(HttpMethod.Post, $"{domain}/conversations/{conversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = userId }, text = question }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using (var posted = await http.SendAsync(post))
        {
            posted.EnsureSuccessStatusCode();
        }

        double? first = null, firstText = null;
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            var pollStarted = watch.Elapsed;
            foreach (var activity in await PollAsync())
            {
                if (activity.GetProperty("from").GetProperty("id").GetString() == userId)
                {
                    continue;
                }

                var at = watch.Elapsed.TotalMilliseconds;
                first ??= at;
                var type = activity.GetProperty("type").GetString();
                var streamType = activity.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.TryGetProperty("streamType", out var st) ? st.GetString() : null;
                if (type == "typing" && streamType == "streaming")
                {
                    firstText ??= at;
                }
                else if (type == "message")
                {
                    return (first, firstText, at);
                }
            }

            var wait = PollingIntervalMs - (watch.Elapsed - pollStarted).TotalMilliseconds;
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait));
            }
        }

        throw new TimeoutException($"No answer to '{question}' over the Direct Line within 60 s.");
    }

    private async Task<List<JsonElement>> PollAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{domain}/conversations/{conversationId}/activities?watermark={watermark}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        watermark = long.Parse(body.RootElement.GetProperty("watermark").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return [.. body.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone())];
    }
}
