using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Core.Answering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.LoadDriver;

/// <summary>
/// A scripted model behind an OpenAI-compatible chat endpoint on 127.0.0.1, streaming one word every
/// <paramref name="tokenDelay"/> like a model: to the Answer prompt it replies with the labelled answer of the question
/// asked, each sentence cited with the number of the prompt passage that holds the evidence (the decline sentence when
/// no passage holds it, or the question is unanswerable).
/// </summary>
internal sealed partial class ScriptedStreamingModel(IReadOnlyList<LabelledQuestion> questions, TimeSpan tokenDelay) : IAsyncDisposable
{
    private readonly Dictionary<string, LabelledQuestion> byQuestion = questions.DistinctBy(q => q.Question).ToDictionary(q => q.Question, StringComparer.Ordinal);
    private WebApplication? app;

    /// <summary>The base URL to configure as AI:Endpoint (ends in /v1).</summary>
    public string Endpoint { get; private set; } = "";

    public async Task StartAsync()
    {
        (app, var url) = await LoopbackServer.StartAsync(a => a.MapPost("/v1/chat/completions", ReplyAsync));
        Endpoint = url + "/v1";
    }

    /// <summary>The reply to an Answer prompt (the last user message).</summary>
    public string Reply(string prompt)
    {
        var asked = QuestionLine().Match(prompt);
        if (!asked.Success || !byQuestion.TryGetValue(asked.Groups[1].Value.Trim(), out var item) || item.Answer is null || item.Evidence is null)
        {
            return DeclineSentence.Text;
        }

        var passages = PassageHeader().Matches(prompt).Select(m => (Number: m.Groups[1].Value, Start: m.Index)).ToList();
        var evidence = Flat(item.Evidence);
        for (var i = 0; i < passages.Count; i++)
        {
            var end = i + 1 < passages.Count ? passages[i + 1].Start : asked.Index;
            if (Flat(prompt[passages[i].Start..end]).Contains(evidence, StringComparison.Ordinal))
            {
                return string.Join(' ', SentenceEnd().Split(item.Answer.Trim()).Select(s => Cite(s, passages[i].Number)));
            }
        }

        return DeclineSentence.Text;
    }

    public ValueTask DisposeAsync() => LoopbackServer.StopAsync(app);

    private async Task ReplyAsync(HttpContext context)
    {
        using var request = await JsonDocument.ParseAsync(context.Request.Body);
        var prompt = request.RootElement.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString() ?? "";
        var text = Reply(prompt);
        context.Response.ContentType = "text/event-stream";
        foreach (Match token in Token().Matches(text))
        {
            await Task.Delay(tokenDelay, context.RequestAborted);
            await ChunkAsync(context, new { role = "assistant", content = token.Value }, null);
        }

        await ChunkAsync(context, new { }, "stop");
        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
    }

    private static async Task ChunkAsync(HttpContext context, object delta, string? finish)
    {
        var chunk = JsonSerializer.Serialize(new { id = "scripted", @object = "chat.completion.chunk", created = 1_700_000_000, model = "scripted", choices = new[] { new { index = 0, delta, finish_reason = finish } } });
        await context.Response.WriteAsync($"data: {chunk}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static string Cite(string sentence, string number)
    {
        var body = sentence.TrimEnd('.', '!', '?', ' ');
        var stop = sentence.TrimEnd()[body.Length..];
        return $"{body} [{number}]{(stop.Length > 0 ? stop : ".")}";
    }

    private static string Flat(string text) => Space().Replace(text, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"^Question: (.*)$", RegexOptions.Multiline)]
    private static partial Regex QuestionLine();

    [GeneratedRegex(@"^\[(\d{1,3})\] ", RegexOptions.Multiline)]
    private static partial Regex PassageHeader();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex Token();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
