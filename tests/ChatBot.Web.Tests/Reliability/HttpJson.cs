using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ChatBot.Web.Tests.Reliability;

/// <summary>Small request helpers shared by the reliability tests.</summary>
internal static class HttpJson
{
    /// <summary>Markers of leaked internals: no reply or error body may contain them.</summary>
    private static readonly string[] Leaks = ["Exception", "   at ", "StackTrace", "stack trace", "System.", "Microsoft.", "ChatBot.Core", "ChatBot.Web"];

    public static ByteArrayContent Content(byte[] body, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }

    public static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    /// <summary>The leaked internal the text shows, or null when it shows none.</summary>
    public static string? Leak(string? text) => text is null ? null : Leaks.FirstOrDefault(l => text.Contains(l, StringComparison.Ordinal));

    public static object Message(string id, string conversation, string text, string serviceUrl, string channel = "webchat") => new
    {
        type = "message",
        id,
        channelId = channel,
        serviceUrl,
        from = new { id = $"user-{conversation}", name = "Tester" },
        recipient = new { id = "chatbot", name = "ChatBot" },
        conversation = new { id = conversation },
        text,
        locale = "en-US",
    };
}
