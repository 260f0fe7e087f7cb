using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Core.Answering;
using ChatBot.Web.Tests.Reliability;
using ChatBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Web.Tests.Streaming;

/// <summary>
/// POST /api/ask streamed as server-sent events through the real host: the OpenAI connector over HTTP to a local
/// scripted model that sends a word every 20 ms, the citation check, the endpoint's events and its limits.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class AskStreamTests
{
    private static readonly TimeSpan TokenDelay = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task StreamTrue_SendsEachVerifiedSentenceAsItIsWritten_ThenTheWholeAnswer()
    {
        await using var model = await ScriptedModelServer.StartAsync(ScriptedReplies.WithInvention, TokenDelay);
        await using var host = ModelHost(model);
        using var client = host.CreateClient();

        var events = await PostAsync(client, """{"question": "Where was Trotsky born?", "stream": true}""");

        var sentences = events.Where(e => e.Type == "sentence").ToList();
        var answer = events[^1];
        Assert.Equal("searching", events[0].Type);
        Assert.Equal("answer", answer.Type);
        Assert.Equal(2, sentences.Count);
        Assert.All(sentences, s => Assert.EndsWith("[1].", (string)s.Data["text"]!, StringComparison.Ordinal));
        Assert.All(sentences, s => Assert.Equal(1, (int)s.Data["citations"]!.AsArray().Single()!["index"]!));
        Assert.DoesNotContain(events, e => e.Data.ToJsonString().Contains(ScriptedReplies.Invention, StringComparison.Ordinal));
        Assert.Equal(string.Join(' ', sentences.Select(s => (string)s.Data["text"]!)), (string)answer.Data["answer"]!);
        Assert.True((bool)answer.Data["answered"]!);
        Assert.Null((string?)answer.Data["notice"]);

        // Verified as it goes: the first sentence arrived while the model was still writing the rest (~20 words, 20 ms each).
        Assert.True(answer.At - sentences[0].At > TimeSpan.FromMilliseconds(300), $"first sentence at {sentences[0].At.TotalMilliseconds:0} ms, answer at {answer.At.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task AcceptEventStream_StreamsToo_AndSameAnswerAsTheJsonBody()
    {
        await using var model = await ScriptedModelServer.StartAsync(ScriptedReplies.WithInvention);
        await using var host = ModelHost(model);
        using var client = host.CreateClient();

        var events = await PostAsync(client, """{"question": "Where was Trotsky born?"}""", accept: "text/event-stream");
        using var json = await client.PostAsync("/api/ask", Body("""{"question": "Where was Trotsky born?"}"""));

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal(JsonNode.Parse(await json.Content.ReadAsStringAsync())!.ToJsonString(), events[^1].Data.ToJsonString());
    }

    [Fact]
    public async Task ModelBreaksPartWay_TheLastEventIsTheOfflineAnswerWithTheNotice()
    {
        await using var model = await ScriptedModelServer.StartAsync(ScriptedReplies.WithInvention, breakAfter: 5);
        await using var host = ModelHost(model);
        using var client = host.CreateClient();

        var events = await PostAsync(client, """{"question": "Where was Trotsky born?", "stream": true}""");

        Assert.Equal(["searching", "answer"], events.Select(e => e.Type));
        Assert.Equal(GenerativeAnswerService.UnavailableNotice, (string)events[1].Data["notice"]!);
        Assert.True((bool)events[1].Data["answered"]!);
    }

    [Fact]
    public async Task AnswerFailsPartWay_SendsAnErrorEventWithoutInternals()
    {
        await using var host = new ReliabilityHost(services: s => s.AddSingleton<IAnswerService>(new BreakingAnswerService()));
        using var client = host.CreateClient();

        var events = await PostAsync(client, """{"question": "Where was Trotsky born?", "stream": true}""");

        Assert.Equal(["sentence", "error"], events.Select(e => e.Type));
        Assert.Null(HttpJson.Leak(events[1].Data.ToJsonString()));
        Assert.Equal("The answer failed", (string)events[1].Data["title"]!);
    }

    [Fact]
    public async Task Streamed_And_JsonQuestions_ShareOneRateLimit()
    {
        await using var host = new ReliabilityHost(new Dictionary<string, string?> { ["Api:AskPerMinutePerClient"] = "2" });
        using var client = host.CreateClient();

        using var first = await client.PostAsync("/api/ask", Body("""{"question": "Where was Trotsky born?", "stream": true}"""));
        using var second = await client.PostAsync("/api/ask", Body("""{"question": "Where was Trotsky born?"}"""));
        using var third = await client.PostAsync("/api/ask", Body("""{"question": "Where was Trotsky born?", "stream": true}"""));

        Assert.Equal("text/event-stream", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("""{"question": "Where?", "stream": "yes"}""", "must be true or false")]
    [InlineData("""{"question": "Where?", "stream": true, "explain": true}""", "cannot be combined")]
    public async Task BadStreamFlag_Is400(string body, string message)
    {
        await using var host = new ReliabilityHost();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/ask", Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfflineHost_StreamsTheWholeAnswerAsOneEvent()
    {
        await using var host = new ReliabilityHost();
        using var client = host.CreateClient();

        var events = await PostAsync(client, """{"question": "Where was Trotsky born?", "stream": true}""");

        var answer = Assert.Single(events);
        Assert.Equal("answer", answer.Type);
        Assert.Contains("Trotsky was born", (string)answer.Data["answer"]!, StringComparison.Ordinal);
    }

    private static ReliabilityHost ModelHost(ScriptedModelServer model) => new(new Dictionary<string, string?>
    {
        ["AI:Provider"] = "OpenAICompatible",
        ["AI:Endpoint"] = model.Endpoint,
        ["AI:Model"] = "scripted",
        ["AI:MaxRetries"] = "0",
    });

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The events of a streamed answer, each with its JSON data and when it arrived after the request was sent.</summary>
    internal static async Task<List<(string Type, JsonNode Data, TimeSpan At)>> PostAsync(HttpClient client, string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = Body(body) };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var sent = Stopwatch.StartNew();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new List<(string, JsonNode, TimeSpan)>();
        await foreach (var item in SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync())
        {
            events.Add((item.EventType, JsonNode.Parse(item.Data)!, sent.Elapsed));
        }

        return events;
    }

    private sealed class BreakingAnswerService : IAnswerService
    {
        public Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("System.Exception at ChatBot.Core: the answer broke");

        public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, IReadOnlyList<string> history, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            yield return AnswerUpdate.Sentence(new CheckedSentence("Trotsky was born in Yanovka [1].", [], true));
            await Task.Yield();
            throw new InvalidOperationException("System.Exception at ChatBot.Core: the answer broke");
        }
    }
}
