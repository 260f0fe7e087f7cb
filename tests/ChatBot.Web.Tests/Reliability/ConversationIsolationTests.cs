using System.Net;
using ChatBot.Core.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Web.Tests.Reliability;

/// <summary>Twenty conversations talking at once through /api/messages: each turn sees its own conversation's history only.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ConversationIsolationTests
{
    private const int Conversations = 20;
    private const int Turns = 4;

    [Fact]
    public async Task Twenty_concurrent_conversations_never_see_each_others_history()
    {
        var answers = new RecordingAnswerService();
        await using var channel = await ReplyRecorder.StartAsync();
        await using var host = new ReliabilityHost(services: s => s.AddSingleton<IAnswerService>(answers));
        using var client = host.CreateClient();

        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(c => Task.Run(async () =>
        {
            for (var turn = 0; turn < Turns; turn++)
            {
                var id = $"c{c}-t{turn}";
                var reply = channel.ReplyTo(id);
                using var response = await client.PostAsync("/api/messages", HttpJson.Json(HttpJson.Message(id, $"conversation-{c}", Question(c, turn), channel.ServiceUrl)));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var activity = await reply.WaitAsync(TimeSpan.FromSeconds(30));
                Assert.Contains(Question(c, turn), activity.GetProperty("text").GetString());
                Assert.Equal($"conversation-{c}", activity.GetProperty("conversation").GetProperty("id").GetString());
            }
        })));

        for (var c = 0; c < Conversations; c++)
        {
            for (var turn = 0; turn < Turns; turn++)
            {
                var expected = Enumerable.Range(0, turn).Select(t => Question(c, t)).ToList();
                var seen = answers.HistoryByQuestion[Question(c, turn)];
                // Four turns fit in the kept history (Bot:HistoryLength, 5 by default): exactly this conversation's earlier questions.
                Assert.Equal(expected, seen);
            }
        }
    }

    private static string Question(int conversation, int turn) => $"conversation {conversation} question {turn} about topic{conversation}x{turn}";
}
