namespace ChatBot.Web.Tests.Fuzz;

/// <summary>Well-formed activities of the four kinds the fuzz test mutates, as Teams and Web Chat send them.</summary>
public static class FuzzTemplates
{
    private const string BotId = "28:bot";

    public static IEnumerable<(string Name, string Json)> All(string serviceUrl) =>
        Templates().Select(t => (t.Name, t.Json.Replace("SERVICE_URL", serviceUrl, StringComparison.Ordinal).Replace("BOT_ID", BotId, StringComparison.Ordinal)));

    private static IEnumerable<(string Name, string Json)> Templates()
    {
        yield return ("teams message with a mention", """
            {"type":"message","id":"m-1","timestamp":"2026-11-26T15:00:00.000Z","channelId":"msteams","serviceUrl":"SERVICE_URL",
             "from":{"id":"29:user","name":"Ada","aadObjectId":"6a2c9a3e-0000-4000-8000-000000000001"},
             "conversation":{"id":"19:fuzz@thread.tacv2","conversationType":"groupChat","tenantId":"t-1","isGroup":true},
             "recipient":{"id":"BOT_ID","name":"ChatBot"},
             "text":"<at>ChatBot</at> where was trotsky born?","textFormat":"plain","locale":"en-GB",
             "entities":[{"type":"mention","mentioned":{"id":"BOT_ID","name":"ChatBot"},"text":"<at>ChatBot</at>"},{"type":"clientInfo","locale":"en-GB"}],
             "attachments":[{"contentType":"text/html","content":"<div>where was trotsky born?</div>"}],
             "channelData":{"tenant":{"id":"t-1"},"team":{"id":"19:team@thread.tacv2"},"channel":{"id":"19:fuzz@thread.tacv2"}}}
            """);
        yield return ("web chat message", """
            {"type":"message","id":"m-2","channelId":"webchat","serviceUrl":"SERVICE_URL",
             "from":{"id":"dl_user","role":"user"},"conversation":{"id":"dl-fuzz"},"recipient":{"id":"BOT_ID","role":"bot"},
             "text":"help","value":{"a":1},"suggestedActions":{"actions":[{"type":"imBack","title":"t","value":"v"}]},
             "channelData":{"clientActivityID":"c-1"}}
            """);
        yield return ("conversationUpdate", """
            {"type":"conversationUpdate","id":"u-1","channelId":"msteams","serviceUrl":"SERVICE_URL",
             "from":{"id":"29:user"},"conversation":{"id":"a:fuzz-update","conversationType":"personal"},"recipient":{"id":"BOT_ID"},
             "membersAdded":[{"id":"29:user","name":"Ada"},{"id":"BOT_ID"}],"membersRemoved":[{"id":"29:gone"}],
             "channelData":{"eventType":"teamMemberAdded","team":{"id":"19:team@thread.tacv2","name":"T"},"tenant":{"id":"t-1"}}}
            """);
        yield return ("feedback invoke", """
            {"type":"invoke","name":"message/submitAction","id":"i-1","channelId":"msteams","serviceUrl":"SERVICE_URL",
             "from":{"id":"29:user"},"conversation":{"id":"a:fuzz-invoke"},"recipient":{"id":"BOT_ID"},"replyToId":"r-1",
             "value":{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{\"feedbackText\":\"ok\"}"}},
             "channelData":{"tenant":{"id":"t-1"},"source":{"name":"message"}}}
            """);
        foreach (var name in new[] { "task/fetch", "composeExtension/query", "adaptiveCard/action", "signin/verifyState", "actionableMessage/executeAction", "no/such/invoke" })
        {
            yield return ($"{name} invoke", """
                {"type":"invoke","name":"INVOKE_NAME","id":"i-2","channelId":"msteams","serviceUrl":"SERVICE_URL",
                 "from":{"id":"29:user"},"conversation":{"id":"a:fuzz-invoke"},"recipient":{"id":"BOT_ID"},
                 "value":{"commandId":"c","parameters":[{"name":"q","value":"x"}],"data":{"k":"v"},"context":{"theme":"dark"}}}
                """.Replace("INVOKE_NAME", name, StringComparison.Ordinal));
        }

        yield return ("messageReaction", """
            {"type":"messageReaction","id":"r-2","channelId":"msteams","serviceUrl":"SERVICE_URL",
             "from":{"id":"29:user"},"conversation":{"id":"a:fuzz-reaction"},"recipient":{"id":"BOT_ID"},"replyToId":"r-1",
             "reactionsAdded":[{"type":"like"}],"reactionsRemoved":[{"type":"heart"}],"channelData":{"tenant":{"id":"t-1"}}}
            """);
    }
}
