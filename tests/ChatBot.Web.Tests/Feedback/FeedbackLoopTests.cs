using System.Net;
using System.Text;
using ChatBot.Core.Feedback;
using ChatBot.Web.Tests.DirectLine;
using ChatBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.Feedback;

/// <summary>
/// 👍/👎 through both channels into the store, with the question, history, answer, cited passages and comment:
/// Teams' message/submitAction invoke on /api/messages, and Web Chat's thumb buttons over the offline Direct Line.
/// </summary>
public sealed class FeedbackLoopTests : IAsyncLifetime
{
    private readonly string feedbackFile = Path.Combine(Path.GetTempPath(), $"chatbot-feedback-{Guid.NewGuid():N}.jsonl");
    private RecordingChannel channel = null!;
    private ChatBotHostFactory host = null!;

    public async Task InitializeAsync()
    {
        channel = await RecordingChannel.StartAsync();
        host = new ChatBotHostFactory(new Dictionary<string, string?> { ["Feedback:Path"] = feedbackFile });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await channel.DisposeAsync();
        File.Delete(feedbackFile);
    }

    private IFeedbackStore Store => host.Services.GetRequiredService<IFeedbackStore>();

    [Fact]
    public async Task A_Teams_dislike_with_a_comment_is_stored_with_the_question_history_answer_and_cited_passages()
    {
        using var client = host.CreateClient();
        await PostAsync(client, ChannelActivities.TeamsPersonal(channel.ServiceUrl, "Who let Trotsky into Norway?", "1"));
        await PostAsync(client, ChannelActivities.TeamsPersonal(channel.ServiceUrl, "Where was Trotsky born?", "2"));
        var reply = channel.Messages.Last();
        Assert.Equal("default", (string?)reply.Activity["channelData"]?["feedbackLoop"]?["type"]);
        var replyId = reply.AssignedId!;

        var response = await client.PostAsync("/api/messages", Json(ChannelActivities.TeamsFeedback(channel.ServiceUrl, replyId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(await Store.RecentAsync(10));
        Assert.Equal(FeedbackRecord.Dislike, record.Reaction);
        Assert.Equal("Wrong village", record.Comment);
        Assert.Equal("Where was Trotsky born?", record.Question);
        Assert.Equal(["Who let Trotsky into Norway?"], record.History);
        Assert.StartsWith("Trotsky was born Lev Davidovich Bronshtein", record.Answer);
        Assert.Equal(["p-1", "p-2"], record.Citations.Select(c => c.PassageId));
        Assert.Equal("msteams", record.Channel);
        Assert.Equal(replyId, record.ReplyToId);
    }

    [Fact]
    public async Task Web_Chat_shows_thumb_buttons_on_a_cited_answer_and_its_vote_is_stored()
    {
        using var http = host.CreateClient();
        var directLine = new DirectLineTestClient(http);
        await directLine.StartAsync();

        await directLine.SayAsync("Who let Trotsky into Norway?");
        var reply = await directLine.WaitForAsync(a => (string?)a["type"] == "message" && ((string?)a["text"])?.Contains("Trygve Lie") == true);
        var message = ((JArray)reply["entities"]!).Cast<JObject>().Single(e => (string?)e["type"] == "https://schema.org/Message");
        var actions = ((JArray)message["potentialAction"]!).Cast<JObject>().ToList();
        Assert.Equal(["LikeAction", "DislikeAction"], actions.Select(a => (string)a["@type"]!));

        // What Web Chat 4.18.1 posts when its 👎 is pressed (ActivityStatusFeedback: postActivity of an event with the action).
        var vote = new JObject
        {
            ["type"] = "event",
            ["name"] = "webchat:activity-status/feedback",
            ["from"] = new JObject { ["id"] = directLine.UserId, ["role"] = "user" },
            ["entities"] = new JArray(actions[1]),
            ["channelData"] = new JObject { ["clientActivityID"] = "client-vote" },
        };
        using var post = directLine.Request(HttpMethod.Post, $"/v3/directline/conversations/{directLine.ConversationId}/activities", vote.ToString());
        using var posted = await http.SendAsync(post);
        Assert.True(posted.IsSuccessStatusCode, posted.StatusCode.ToString());

        var record = await EventuallyAsync();
        Assert.Equal(FeedbackRecord.Dislike, record.Reaction);
        Assert.Equal("Who let Trotsky into Norway?", record.Question);
        Assert.Contains("Trygve Lie", record.Answer);
        Assert.Equal("p-1", Assert.Single(record.Citations).PassageId);
        Assert.Null(record.Comment);
    }

    [Fact]
    public async Task A_decline_offers_no_web_chat_buttons()
    {
        using var client = host.CreateClient();

        await PostAsync(client, ChannelActivities.WebChat(channel.ServiceUrl, "What is the capital of France?", "1"));

        var reply = channel.Messages.Last();
        Assert.Null(reply.Activity["entities"]?.FirstOrDefault(e => e["potentialAction"] is not null));
    }

    [Fact]
    public async Task Feedback_on_an_answer_the_bot_no_longer_knows_is_still_stored_without_its_question()
    {
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/messages", Json(ChannelActivities.TeamsFeedback(channel.ServiceUrl, "reply-from-before-a-restart")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(await Store.RecentAsync(10));
        Assert.Null(record.Question);
        Assert.Equal("reply-from-before-a-restart", record.ReplyToId);
    }

    private async Task<FeedbackRecord> EventuallyAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await Store.RecentAsync(1)).FirstOrDefault() is { } record)
            {
                return record;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No feedback was stored within 10 s.");
    }

    private static async Task PostAsync(HttpClient client, string activity)
    {
        var response = await client.PostAsync("/api/messages", Json(activity));
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
    }

    private static StringContent Json(string activity) => new(activity, Encoding.UTF8, "application/json");
}
