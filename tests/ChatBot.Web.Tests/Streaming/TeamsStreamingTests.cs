using System.Net;
using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Web.Tests.Reliability;
using ChatBot.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.Streaming;

/// <summary>
/// Teams' streaming protocol at the channel: in a one-to-one chat an informative typing update, typing updates with the
/// verified text so far (throttled), then the final message with the citation entity, the AI label and the feedback
/// loop; group chats and channels get the single reply of before.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class TeamsStreamingTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task PersonalChat_InformativeThenThrottledStreamingUpdatesThenTheFinalMessage()
    {
        var answers = new PacedAnswerService(sentences: 6, pace: TimeSpan.FromMilliseconds(150));
        await using var channel = await RecordingChannel.StartAsync();
        await using var host = Host(answers);

        await PostAsync(host, ChannelActivities.TeamsPersonal(channel.ServiceUrl, "Where was Trotsky born?", "incoming-1"));

        var sent = channel.Received.ToList();
        Assert.Equal("typing", sent[0].Type);
        Assert.Equal("Searching the text…", sent[0].Text);
        var first = StreamInfo(sent[0]);
        Assert.Equal("informative", (string?)first["streamType"]);
        Assert.Equal(1, (int)first["streamSequence"]!);
        Assert.Null(first["streamId"]);

        var streamId = sent[0].AssignedId;
        var updates = sent.Skip(1).SkipLast(1).ToList();
        Assert.InRange(updates.Count, 2, 4); // 6 sentences over ~0.9 s, one update per 0.4 s at most
        Assert.All(updates, u => Assert.Equal("typing", u.Type));
        Assert.Equal(Enumerable.Range(2, updates.Count), updates.Select(u => (int)StreamInfo(u)["streamSequence"]!));
        Assert.All(updates, u => Assert.Equal("streaming", (string?)StreamInfo(u)["streamType"]));
        Assert.All(updates, u => Assert.Equal(streamId, (string?)StreamInfo(u)["streamId"]));
        for (var i = 1; i < updates.Count; i++)
        {
            // Each update holds the last one's text and more, whole verified sentences only.
            Assert.StartsWith(updates[i - 1].Text!, updates[i].Text, StringComparison.Ordinal);
            Assert.True(updates[i].Text!.Length > updates[i - 1].Text!.Length);
        }

        Assert.All(updates, u => Assert.EndsWith("[1].", u.Text, StringComparison.Ordinal));
        var gaps = sent.Take(sent.Count - 1).Zip(sent.Skip(1).Take(updates.Count), (a, b) => b.At - a.At).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= Interval - TimeSpan.FromMilliseconds(30), $"updates {gap.TotalMilliseconds:0} ms apart"));

        var final = sent[^1];
        Assert.Equal("message", final.Type);
        Assert.Equal(answers.Whole.Text, final.Text);
        var end = StreamInfo(final);
        Assert.Equal("final", (string?)end["streamType"]);
        Assert.Equal(streamId, (string?)end["streamId"]);
        Assert.Null(end["streamSequence"]);
        CitationEntityRules.AssertValid(final.Activity); // the citation entity with the AI label
        Assert.Equal("default", (string?)final.Activity["channelData"]!["feedbackLoop"]!["type"]);
        Assert.All(updates, u => Assert.Null(u.Activity["entities"]!.OfType<JObject>().Single(e => (string?)e["type"] == "https://schema.org/Message")["additionalType"]));
    }

    [Fact]
    public async Task ChannelConversation_GetsTheSingleReplyOfBefore()
    {
        var answers = new PacedAnswerService(sentences: 3, pace: TimeSpan.FromMilliseconds(100));
        await using var channel = await RecordingChannel.StartAsync();
        await using var host = Host(answers);

        await PostAsync(host, ChannelActivities.TeamsChannelMention(channel.ServiceUrl, "Where was Trotsky born?", "incoming-2"));

        var reply = Assert.Single(channel.Received);
        Assert.Equal("message", reply.Type);
        Assert.Equal(answers.Whole.Text, reply.Text);
        Assert.DoesNotContain(reply.Activity["entities"]!, e => (string?)e["type"] == "streaminfo");
    }

    [Fact]
    public async Task PersonalChat_WithTheRealStackAndAScriptedModel_StreamsTheVerifiedAnswer()
    {
        await using var model = await ScriptedModelServer.StartAsync(ScriptedReplies.WithInvention, TimeSpan.FromMilliseconds(20));
        await using var channel = await RecordingChannel.StartAsync();
        await using var host = new ReliabilityHost(new Dictionary<string, string?>
        {
            ["AI:Provider"] = "OpenAICompatible",
            ["AI:Endpoint"] = model.Endpoint,
            ["AI:Model"] = "scripted",
            ["AI:MaxRetries"] = "0",
            ["Bot:StreamingInterval"] = "00:00:00.200",
        });
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/messages", new StringContent(ChannelActivities.TeamsPersonal(channel.ServiceUrl, "Where was Trotsky born?", "incoming-3"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = channel.Received.ToList();
        Assert.Equal(["typing", "typing"], sent.Take(2).Select(a => a.Type));
        Assert.Equal("message", sent[^1].Type);
        Assert.All(sent, a => Assert.DoesNotContain(ScriptedReplies.Invention, a.Text ?? "", StringComparison.Ordinal));
        Assert.All(sent.Skip(1).SkipLast(1), a => Assert.StartsWith(a.Text!, sent[^1].Text, StringComparison.Ordinal));
        Assert.Equal(sent[0].AssignedId, (string?)StreamInfo(sent[^1])["streamId"]);
        CitationEntityRules.AssertValid(sent[^1].Activity);
    }

    private static JObject StreamInfo(RecordedActivity activity) =>
        activity.Activity["entities"]!.OfType<JObject>().Single(e => (string?)e["type"] == "streaminfo");

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Host(IAnswerService answers) =>
        new ChatBotHostFactory(new Dictionary<string, string?> { ["Bot:StreamingInterval"] = "00:00:00.400", ["Answering:PublicBaseUrl"] = "https://chatbot.example.org" })
            .WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            {
                s.RemoveAll<IAnswerService>();
                s.AddSingleton(answers);
            }));

    private static async Task PostAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string activity)
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/api/messages", new StringContent(activity, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
