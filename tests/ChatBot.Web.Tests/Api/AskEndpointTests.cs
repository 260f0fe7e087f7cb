using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Web.Tests.Support;

namespace ChatBot.Web.Tests.Api;

public sealed class AskEndpointTests : IClassFixture<AskEndpointTests.Host>
{
    private readonly Host _host;
    private readonly HttpClient _client;

    public AskEndpointTests(Host host)
    {
        _host = host;
        _client = host.Factory.CreateClient();
    }

    /// <summary>One host for the class: the endpoint keeps no state between requests.</summary>
    public sealed class Host : IDisposable
    {
        public ChatBotHostFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private Task<HttpResponseMessage> PostAsync(string body) =>
        _client.PostAsync("/api/ask", new StringContent(body, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Question_ReturnsTheAnswerWithCitationsUnderTheAgreedNames()
    {
        var response = await PostAsync("""{"question": "Where was Trotsky born?"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("Trotsky was born", (string)json["answer"]!);
        Assert.True((bool)json["answered"]!);
        var citations = json["citations"]!.AsArray();
        Assert.Equal(2, citations.Count);
        var first = citations[0]!;
        Assert.Equal(1, (int)first["index"]!);
        Assert.Equal("Encyclopedia › Leon Trotsky › Childhood and family (1879–1895)", (string)first["section"]!);
        Assert.Equal("Childhood and family (1879–1895)", (string)first["title"]!);
        Assert.StartsWith("Leon Trotsky was born", (string)first["quote"]!);
        Assert.StartsWith("/sources/", (string)first["url"]!);
    }

    [Fact]
    public async Task Explain_AddsTheOfflineSelectorsExplanationUnderTheAgreedNames()
    {
        var response = await PostAsync("""{"question": "which hospital was trotsky taken to after the attack", "explain": true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(json["answer"]);
        var why = json["explanation"]!;
        Assert.Equal("Place", (string)why["questionType"]!);
        Assert.Equal("hospital", (string)why["askedFor"]!);
        var answerProbability = (double)why["answerProbability"]!;
        Assert.InRange(answerProbability, 0, 1);
        Assert.Equal(1.0, answerProbability + (double)why["declineProbability"]!, 3);
        Assert.InRange((double)why["threshold"]!, 0, 1);
        Assert.All(why["chosen"]!.AsArray().Concat(why["runnersUp"]!.AsArray()), c => Assert.NotEmpty(c!["contributions"]!.AsArray()));
    }

    [Fact]
    public async Task History_IsPassedToTheAnswerServiceInOrder()
    {
        await PostAsync("""{"question": "Where was he born?", "history": ["Who was Trotsky?", "  ", "Who let Trotsky into Norway?"]}""");

        var call = _host.Factory.Answers.Calls.Last(c => c.Question == "Where was he born?");
        Assert.Equal(["Who was Trotsky?", "Who let Trotsky into Norway?"], call.History);
    }

    [Fact]
    public async Task Decline_ComesBackAsAnsweredFalseWithNoCitations()
    {
        var response = await PostAsync("""{"question": "What was his favourite colour?", "history": null}""");

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False((bool)json["answered"]!);
        Assert.Empty(json["citations"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"question": ""}""", "must not be empty")]
    [InlineData("""{"question": "   \n\t "}""", "must not be empty")]
    [InlineData("""{}""", "\"question\" is required")]
    [InlineData("""{"question": null}""", "\"question\" is required")]
    [InlineData("""{"question": 42}""", "\"question\" must be a string")]
    [InlineData("""{"question": ["a"]}""", "\"question\" must be a string")]
    [InlineData("""{"question": "ok", "history": "earlier"}""", "\"history\" must be an array of strings")]
    [InlineData("""{"question": "ok", "history": [1, 2]}""", "\"history\" must be an array of strings")]
    [InlineData("{\"question\": \"ok\"", "not valid JSON")]
    [InlineData("""question=hello""", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("""["question"]""", "must be a JSON object")]
    public async Task BadInput_Gets400WithAClearMessage(string body, string expected)
    {
        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(expected, (string)problem["detail"]!);
    }

    [Fact]
    public async Task OverLongQuestion_Gets400_AndTheLimitItselfIsAccepted()
    {
        var tooLong = await PostAsync(JsonSerializer.Serialize(new { question = new string('a', 2001) }));
        var atLimit = await PostAsync(JsonSerializer.Serialize(new { question = new string('a', 2000) }));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("the limit is 2,000", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
    }

    [Fact]
    public async Task HugeBody_Gets400WithoutBeingAnswered()
    {
        var calls = _host.Factory.Answers.Calls.Count;

        var response = await PostAsync(JsonSerializer.Serialize(new { question = "ok", history = Enumerable.Repeat(new string('h', 1000), 400) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(calls, _host.Factory.Answers.Calls.Count);
    }

    [Fact]
    public async Task FailingAnswerService_Gets500ProblemDetailsWithoutExceptionText()
    {
        var response = await PostAsync("""{"question": "please throw"}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("An unexpected error occurred.", body);
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("FakeAnswerService", body);
    }
}
