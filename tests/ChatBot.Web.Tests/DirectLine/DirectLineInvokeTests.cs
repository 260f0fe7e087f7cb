using System.Net;
using ChatBot.Web.Tests.WebChat;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.DirectLine;

/// <summary>An invoke through the offline Direct Line gets its answer from the bot, but the client never reads the adapter's invokeResponse.</summary>
public sealed class DirectLineInvokeTests
{
    [Fact]
    public async Task Invoke_response_is_not_shown_to_the_client()
    {
        await using var host = new WebChatTestHost(services: s => s.AddTransient<IBot, InvokeAnsweringBot>());
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        await client.StartAsync();

        var invoke = new JObject
        {
            ["type"] = "invoke",
            ["name"] = "message/submitAction",
            ["from"] = new JObject { ["id"] = client.UserId, ["role"] = "user" },
            ["value"] = new JObject { ["actionName"] = "feedback" },
        };
        using (var request = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", invoke.ToString()))
        using (var response = await http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var id = await client.SayAsync("after the invoke");
        await client.WaitForAsync(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message");
        await client.WaitForAsync(a => (string?)a["text"] == InvokeAnsweringBot.InvokeSeen);

        Assert.DoesNotContain(client.Seen, a => (string?)a["type"] == ActivityTypesEx.InvokeResponse);
    }

    /// <summary>Answers an invoke as Bot Framework handlers do (an invokeResponse activity), and says it saw it.</summary>
    private sealed class InvokeAnsweringBot : IBot
    {
        public const string InvokeSeen = "invoke seen";

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Type == ActivityTypes.Invoke)
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(InvokeSeen), cancellationToken);
                await turnContext.SendActivityAsync(
                    new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = 200 } }, cancellationToken);
            }
            else if (turnContext.Activity.Type == ActivityTypes.Message)
            {
                await turnContext.SendActivityAsync(MessageFactory.Text("ok"), cancellationToken);
            }
        }
    }
}
