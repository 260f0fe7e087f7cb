using ChatBot.Core.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.WebChat;

/// <summary>
/// A stand-in for the real bot in web chat tests: welcome with suggested actions, typing, then the answer service's answer rendered
/// the way Web Chat shows citations (reference definitions plus the schema.org Message entity).
/// </summary>
public sealed class FakeCitingBot(IAnswerService answers) : ActivityHandler
{
    public const string Welcome = "Hello! Ask me about Leon Trotsky.";
    public const string ExampleQuestion = "Where was Trotsky born?";

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient.Id))
        {
            var welcome = MessageFactory.SuggestedActions(new List<string> { ExampleQuestion, "What is the weather like on Mars?" }, Welcome, null, null);
            await turnContext.SendActivityAsync(welcome, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        var answer = await answers.AskAsync(turnContext.Activity.Text ?? string.Empty, [], cancellationToken);
        var definitions = string.Concat(answer.Citations.Select(c => $"\n\n[{c.Index}]: {c.Url} \"{c.Title}\""));
        var reply = MessageFactory.Text(answer.Text + definitions);
        reply.TextFormat = TextFormatTypes.Markdown;
        if (answer.Citations.Count > 0)
        {
            reply.Entities = [new Entity { Properties = Message(answer) }];
            reply.Entities[0].Type = "https://schema.org/Message";
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private static JObject Message(Answer answer) => new()
    {
        ["type"] = "https://schema.org/Message",
        ["@type"] = "Message",
        ["@context"] = "https://schema.org",
        ["@id"] = string.Empty,
        ["additionalType"] = new JArray("AIGeneratedContent"),
        ["keywords"] = new JArray("AIGeneratedContent"),
        ["citation"] = new JArray(answer.Citations.Select(c => new JObject
        {
            ["@type"] = "Claim",
            ["position"] = c.Index,
            ["appearance"] = new JObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = c.Title,
                ["abstract"] = c.Quote,
                ["url"] = c.Url,
                ["text"] = c.Quote,
            },
        })),
    };
}
