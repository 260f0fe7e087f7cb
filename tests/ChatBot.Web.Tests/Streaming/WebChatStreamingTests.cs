using ChatBot.Core.Answering;
using ChatBot.Web.Tests.DirectLine;
using ChatBot.Web.Tests.Reliability;
using ChatBot.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.Streaming;

/// <summary>
/// Web Chat's livestreaming over the offline Direct Line, as botframework-webchat 4.18 reads it: typing activities with
/// text whose channelData carries streamType, streamSequence and streamId (the first activity's id), then the message
/// with the same streamId that replaces them, cited and with its feedback buttons.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class WebChatStreamingTests
{
    [Fact]
    public async Task DirectLine_CarriesTheLivestreamThenTheCitedFinalMessage()
    {
        var answers = new PacedAnswerService(sentences: 4, pace: TimeSpan.FromMilliseconds(200));
        await using var host = new ChatBotHostFactory(new Dictionary<string, string?> { ["Bot:StreamingInterval"] = "00:00:00.300" })
            .WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            {
                s.RemoveAll<IAnswerService>();
                s.AddSingleton<IAnswerService>(answers);
            }));
        var client = new DirectLineTestClient(host.CreateClient());
        await client.StartAsync();

        var question = await client.SayAsync("Where was Trotsky born?");
        var final = await client.WaitForAsync(a => (string?)a["type"] == "message" && (string?)a["from"]?["role"] == "bot" && (string?)a["replyToId"] == question);

        var stream = client.Seen.Where(a => (string?)a["replyToId"] == question).ToList();
        var informative = stream[0];
        Assert.Equal("typing", (string?)informative["type"]);
        Assert.Equal("informative", (string?)informative["channelData"]!["streamType"]);
        Assert.Equal(1, (int)informative["channelData"]!["streamSequence"]!);
        var streamId = (string)informative["id"]!;

        var updates = stream.Skip(1).TakeWhile(a => (string?)a["type"] == "typing").ToList();
        Assert.NotEmpty(updates);
        Assert.All(updates, u =>
        {
            Assert.Equal("streaming", (string?)u["channelData"]!["streamType"]);
            Assert.Equal(streamId, (string?)u["channelData"]!["streamId"]);
            // Web Chat shows a citation only with a reference definition in the text: the updates carry them too.
            Assert.Contains("[1]: <", (string)u["text"]!, StringComparison.Ordinal);
        });
        Assert.Equal(Enumerable.Range(2, updates.Count), updates.Select(u => (int)u["channelData"]!["streamSequence"]!));

        Assert.Same(final, stream[^1]);
        Assert.Equal("final", (string?)final["channelData"]!["streamType"]);
        Assert.Equal(streamId, (string?)final["channelData"]!["streamId"]);
        Assert.StartsWith(answers.Whole.Text, (string)final["text"]!, StringComparison.Ordinal);
        var entity = CitationEntityRules.AssertValid(final);
        Assert.Equal(["LikeAction", "DislikeAction"], entity["potentialAction"]!.Select(a => (string?)a["@type"]));
    }

    [Fact]
    public async Task DirectLine_QuickWholeAnswer_IsOneMessageWithoutStreamMarks()
    {
        await using var host = new ChatBotHostFactory();
        var client = new DirectLineTestClient(host.CreateClient());
        await client.StartAsync();

        var question = await client.SayAsync("Where was Trotsky born?");
        var final = await client.WaitForAsync(a => (string?)a["type"] == "message" && (string?)a["replyToId"] == question);

        Assert.Equal([final], client.Seen.Where(a => (string?)a["replyToId"] == question));
        Assert.Null(final["channelData"]?["streamType"]);
    }
}
