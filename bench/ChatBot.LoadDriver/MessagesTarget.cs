using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ChatBot.LoadDriver;

/// <summary>
/// POST /api/messages with a Bot Framework message activity whose serviceUrl is the <see cref="ChannelListener"/>;
/// done when the bot's message reply arrives there (the HTTP status alone is not the answer).
/// </summary>
internal sealed class MessagesTarget(HttpClient http, string baseUrl, ChannelListener listener, LoadDriverOptions options) : ILoadTarget
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    public string Name => "/api/messages";

    public async Task<RequestOutcome> SendAsync(string question, int worker, int sequence, CancellationToken cancellationToken)
    {
        var id = $"{run}-{worker}-{sequence}";
        // A new conversation every few questions: each conversation is rate-limited like a person typing.
        var conversation = $"load-{run}-{worker}-{sequence / Math.Max(1, options.QuestionsPerConversation)}";
        var activity = new
        {
            type = "message",
            id,
            timestamp = DateTimeOffset.UtcNow,
            channelId = options.Channel,
            serviceUrl = listener.ServiceUrl,
            from = new { id = $"user-{worker}", name = "Load driver" },
            recipient = new { id = "chatbot", name = "ChatBot" },
            conversation = new { id = conversation },
            text = question,
            locale = "en-US",
        };
        var reply = listener.Expect(id);
        var watch = Stopwatch.StartNew();
        try
        {
            using var content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync($"{baseUrl}/api/messages", content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                listener.Forget(id);
                return new RequestOutcome(watch.Elapsed.TotalMilliseconds, false, false, $"HTTP {(int)response.StatusCode}");
            }

            var text = await reply.WaitAsync(options.ReplyTimeout, cancellationToken);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var answered = text.Contains("[1]", StringComparison.Ordinal);
            var slowDown = !answered && text.Contains("slow", StringComparison.OrdinalIgnoreCase);
            return slowDown ? new RequestOutcome(elapsed, false, false, "rate limited") : new RequestOutcome(elapsed, true, answered);
        }
        catch (TimeoutException)
        {
            listener.Forget(id);
            return new RequestOutcome(watch.Elapsed.TotalMilliseconds, false, false, "no reply");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            listener.Forget(id);
            return new RequestOutcome(watch.Elapsed.TotalMilliseconds, false, false, e.GetType().Name);
        }
    }
}
