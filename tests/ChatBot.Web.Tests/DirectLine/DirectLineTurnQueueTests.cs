using ChatBot.Web.DirectLine;
using ChatBot.Web.Tests.WebChat;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.DirectLine;

/// <summary>The offline Direct Line's turns: queued, answered in order per conversation, and drained when the host stops.</summary>
public sealed class DirectLineTurnQueueTests
{
    [Fact]
    public async Task Stopping_the_host_answers_the_turns_already_queued()
    {
        var store = (DirectLineConversationStore?)null;
        string conversationId;
        await using (var host = new WebChatTestHost(services: s => s.AddSingleton<IBot>(new SlowEchoBot(TimeSpan.FromMilliseconds(300)))))
        {
            using var http = host.CreateClient();
            var client = new DirectLineTestClient(http);
            await client.StartAsync();
            conversationId = client.ConversationId;
            store = host.Services.GetRequiredService<DirectLineConversationStore>();
            for (var i = 1; i <= 3; i++)
            {
                await client.SayAsync($"question {i}", $"c-{i}");
            }

            // Disposing the host stops it while the slow bot is still on the first question.
        }

        var replies = Replies(store!, conversationId);
        Assert.Equal(["echo: question 1", "echo: question 2", "echo: question 3"], replies);
    }

    private static List<string> Replies(DirectLineConversationStore store, string conversationId)
    {
        // The store outlives the host's disposal; read the conversation's activities as a poll would.
        var (activities, _) = store.Find(conversationId)!.Since(0);
        return activities.Select(JObject.Parse)
            .Where(a => (string?)a["type"] == "message" && (string?)a["from"]?["role"] == "bot")
            .Select(a => (string)a["text"]!)
            .Where(t => t.StartsWith("echo:", StringComparison.Ordinal))
            .ToList();
    }

    private sealed class SlowEchoBot(TimeSpan delay) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Type == ActivityTypes.Message)
            {
                await Task.Delay(delay, CancellationToken.None);
                await turnContext.SendActivityAsync($"echo: {turnContext.Activity.Text}", cancellationToken: CancellationToken.None);
            }
        }
    }
}
