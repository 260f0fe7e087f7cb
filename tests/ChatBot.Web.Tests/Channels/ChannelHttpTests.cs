using System.Net;
using System.Text;
using ChatBot.Web.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.Channels;

/// <summary>Real Activity JSON posted to /api/messages; the replies are checked as the channel receives them.</summary>
public sealed class ChannelHttpTests : IAsyncLifetime
{
    private RecordingChannel _channel = null!;
    private ChatBotHostFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _channel = await RecordingChannel.StartAsync();
        _host = new ChatBotHostFactory(new Dictionary<string, string?> { ["Answering:PublicBaseUrl"] = "https://chatbot.example.org" });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    [InlineData("emulator")]
    public async Task Question_ComesBackAtTheChannelAsACitedReplyToTheMessage(string channelId)
    {
        var incoming = JObject.Parse(ChannelActivities.Message(channelId, _channel.ServiceUrl, "Where was Trotsky born?"));

        var response = await PostAsync(incoming.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The answer came quicker than Bot:TypingDelay, so no typing indicator went out before it.
        Assert.Equal(["message"], _channel.Received.Select(a => a.Type));
        Assert.All(_channel.Received, a =>
        {
            Assert.Equal(ChannelActivities.ConversationId(channelId), a.ConversationId);
            Assert.Equal((string?)incoming["id"], a.ReplyToId);
        });

        var reply = _channel.Messages.Single().Activity;
        Assert.Contains("[1]", (string)reply["text"]!);
        var entity = CitationEntityRules.AssertValid(reply);
        Assert.StartsWith("https://chatbot.example.org/sources/", (string)entity["citation"]![0]!["appearance"]!["url"]!);
        Assert.Equal(channelId, (string?)reply["channelId"]);
        Assert.Equal((string?)incoming["recipient"]!["id"], (string?)reply["from"]!["id"]);

        var definitions = CitationEntityRules.Definitions((string)reply["text"]!);
        if (channelId == "msteams")
        {
            Assert.Empty(definitions);
            Assert.Null(entity["keywords"]);
            Assert.Equal("default", (string?)reply["channelData"]!["feedbackLoop"]!["type"]);
        }
        else
        {
            Assert.Equal(entity["citation"]!.Count(), definitions.Count);
            Assert.Equal(["AIGeneratedContent"], entity["keywords"]!.Values<string>());
        }
    }

    [Fact]
    public async Task TeamsChannelMention_IsAnsweredInTheThreadWithoutTheMention()
    {
        var response = await PostAsync(ChannelActivities.TeamsChannelMention(_channel.ServiceUrl, "Who let Trotsky into Norway?", "1732633000000"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Who let Trotsky into Norway?", Assert.Single(_host.Answers.Calls).Question);
        var reply = _channel.Messages.Single();
        Assert.Equal("19:general0123@thread.tacv2;messageid=1732633000000", reply.ConversationId);
        CitationEntityRules.AssertValid(reply.Activity);

        // Teams drops suggested actions outside personal chats, so none are sent there.
        Assert.Null(reply.Activity["suggestedActions"]);
    }

    [Fact]
    public async Task WebChatJoin_GetsOneWelcomeWithExampleQuestions()
    {
        var response = await PostAsync(ChannelActivities.WebChatJoin(_channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = _channel.Messages.Single().Activity;
        Assert.Equal(3, welcome["suggestedActions"]!["actions"]!.Count());
        Assert.Contains("Leon Trotsky", (string)welcome["text"]!);
    }

    [Fact]
    public async Task TeamsFeedbackInvoke_Gets200WithAnEmptyBodyAndNoMessage()
    {
        var response = await PostAsync(ChannelActivities.TeamsFeedback(_channel.ServiceUrl, "reply-42"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(_channel.Received);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": \"no type\"}")]
    [InlineData("{\"type\": \"message\", \"text\": {\"nested\": true}}")]
    [InlineData("{\"type\": \"message\", \"from\": \"not an object\"}")]
    public async Task MalformedActivity_Gets400WithProblemDetails(string body)
    {
        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bot Framework Activity", await response.Content.ReadAsStringAsync());
        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task FailingAnswerService_GivesTheUserOneFriendlyLineAndLeaksNothing()
    {
        var response = await PostAsync(ChannelActivities.Emulator(_channel.ServiceUrl, "please throw", "boom-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Sorry, something went wrong on my side. Please try again in a moment.", _channel.Messages.Single().Text);

        // The Emulator also gets the trace activity, which names the exception type only.
        var trace = Assert.Single(_channel.Received, a => a.Type == "trace");
        Assert.Equal("InvalidOperationException", (string?)trace.Activity["value"]);
        var everything = string.Join('\n', _channel.Received.Select(a => a.Activity.ToString())) + await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", everything);
        Assert.DoesNotContain("FakeAnswerService", everything);
        Assert.DoesNotContain(" at ", everything);
    }

    [Fact]
    public async Task OverLongMessage_GetsAPoliteReplyNotA5xx()
    {
        var response = await PostAsync(ChannelActivities.WebChat(_channel.ServiceUrl, new string('a', 50_000), "long-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("50,000 characters long", _channel.Messages.Single().Text);
        Assert.Empty(_host.Answers.Calls);
    }
}
