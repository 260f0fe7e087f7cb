using ChatBot.Web.Bots;
using ChatBot.Web.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Tests.Bots;

public sealed class ConversationRateLimitMiddlewareTests
{
    [Fact]
    public async Task OnTurnAsync_OverTheLimit_AsksTheUserToSlowDownInsteadOfRunningTheBot()
    {
        using var limit = new ConversationRateLimitMiddleware(Options.Create(new BotOptions { MessagesPerMinute = 2 }));
        var adapter = new TestAdapter().Use(limit);
        var turns = 0;

        await new TestFlow(adapter, async (context, ct) =>
            {
                turns++;
                await context.SendActivityAsync("answer", cancellationToken: ct);
            })
            .Send("one").AssertReply("answer")
            .Send("two").AssertReply("answer")
            .Send("three").AssertReply(reply => Assert.StartsWith("You're sending messages faster than I can answer.", ((IMessageActivity)reply).Text))
            .StartTestAsync();

        Assert.Equal(2, turns);
    }
}
