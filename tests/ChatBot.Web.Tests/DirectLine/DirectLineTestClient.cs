using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.DirectLine;

/// <summary>Speaks the offline Direct Line as botframework-directlinejs does with webSocket: false: token, start, post, poll with watermark.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    private string? watermark;

    public string ConversationId { get; private set; } = string.Empty;

    public string Token { get; private set; } = string.Empty;

    public string UserId { get; private set; } = string.Empty;

    /// <summary>Every activity seen so far, in order.</summary>
    public List<JObject> Seen { get; } = [];

    public async Task StartAsync()
    {
        using var tokenResponse = await http.PostAsync("/api/directline/token", null);
        tokenResponse.EnsureSuccessStatusCode();
        var session = JObject.Parse(await tokenResponse.Content.ReadAsStringAsync());
        Token = (string)session["token"]!;
        UserId = (string)session["userId"]!;

        using var start = Request(HttpMethod.Post, "/v3/directline/conversations");
        using var started = await http.SendAsync(start);
        started.EnsureSuccessStatusCode();
        ConversationId = (string)JObject.Parse(await started.Content.ReadAsStringAsync())["conversationId"]!;
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? json = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>Posts a message as Web Chat does (with a clientActivityID) and returns the server's id for it.</summary>
    public async Task<string> SayAsync(string text, string clientActivityId = "client-1")
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JObject { ["id"] = UserId, ["name"] = "You", ["role"] = "user" },
            ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId },
            ["locale"] = "en-US",
        };
        using var request = Request(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity.ToString());
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["id"];
    }

    /// <summary>Polls (once every 100 ms) until an activity matches, for up to 10 s.</summary>
    public async Task<JObject> WaitForAsync(Func<JObject, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = Seen.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "No matching activity within 10 s; seen: " + string.Join(" | ", Seen.Select(a => a["type"] + ":" + a["text"])));
            await Task.Delay(100);
            await PollAsync();
        }
    }

    public async Task<JObject> PollAsync()
    {
        var path = $"/v3/directline/conversations/{ConversationId}/activities" + (watermark is null ? string.Empty : "?watermark=" + watermark);
        using var request = Request(HttpMethod.Get, path);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        watermark = (string?)body["watermark"];
        Seen.AddRange(((JArray)body["activities"]!).Cast<JObject>());
        return body;
    }
}
