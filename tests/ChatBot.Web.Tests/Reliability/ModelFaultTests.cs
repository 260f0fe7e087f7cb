using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Core.Answering;

namespace ChatBot.Web.Tests.Reliability;

/// <summary>
/// A model endpoint that fails, stalls, drops connections or answers 429, under concurrent load through /api/ask and
/// /api/messages: every user gets the offline answer with the one-line notice, and no error.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ModelFaultTests
{
    private const int Concurrent = 24;

    [Theory]
    [InlineData(FakeModelMode.ServerError)]
    [InlineData(FakeModelMode.TooManyRequests)]
    [InlineData(FakeModelMode.Stall)]
    [InlineData(FakeModelMode.Disconnect)]
    public async Task A_failing_model_under_concurrent_load_yields_fallback_answers_and_no_errors(FakeModelMode mode)
    {
        await using var model = await FakeModelServer.StartAsync(mode);
        await using var channel = await ReplyRecorder.StartAsync();
        await using var host = new ReliabilityHost(new Dictionary<string, string?>
        {
            ["AI:Provider"] = "OpenAICompatible",
            ["AI:Endpoint"] = model.Endpoint,
            ["AI:Model"] = "fake-model",
            ["AI:TimeoutSeconds"] = "2",
            ["AI:AttemptTimeoutSeconds"] = "0.5",
            ["AI:MaxRetries"] = "1",
            ["AI:RetryBaseDelaySeconds"] = "0.05",
        });
        using var client = host.CreateClient();

        var asks = Enumerable.Range(0, Concurrent).Select(async i =>
        {
            using var response = await client.PostAsJsonAsync("/api/ask", new { question = i % 2 == 0 ? "Where was Trotsky born?" : "How was Trotsky killed?" });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        });
        var messages = Enumerable.Range(0, Concurrent / 3).Select(async i =>
        {
            var id = $"fault-{mode}-{i}";
            var reply = channel.ReplyTo(id);
            using var response = await client.PostAsync("/api/messages", HttpJson.Json(HttpJson.Message(id, id, "Where was Trotsky born?", channel.ServiceUrl)));
            var activity = await reply.WaitAsync(TimeSpan.FromSeconds(30));
            return (response.StatusCode, Body: activity.GetProperty("text").GetString() ?? "");
        });

        var askResults = await Task.WhenAll(asks);
        var messageResults = await Task.WhenAll(messages);

        Assert.True(model.Calls > 0, "The host never called the model endpoint, so the generative path was not exercised.");
        Assert.All(askResults, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Null(HttpJson.Leak(r.Body));
            using var answer = JsonDocument.Parse(r.Body);
            Assert.Equal(GenerativeAnswerService.UnavailableNotice, answer.RootElement.GetProperty("notice").GetString());
            Assert.True(answer.RootElement.GetProperty("answered").GetBoolean(), r.Body);
        });
        Assert.All(messageResults, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Null(HttpJson.Leak(r.Body));
            Assert.Contains("[1]", r.Body);
        });
    }
}
