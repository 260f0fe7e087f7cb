namespace ChatBot.Web.Tests.Support;

/// <summary>Activity JSON as the msteams, webchat and emulator channels post it to /api/messages.</summary>
public static class ChannelActivities
{
    public const string TeamsBotId = "28:00000000-0000-0000-0000-0000000000b0";

    public static string Message(string channelId, string serviceUrl, string text, string id = "incoming-1") => channelId switch
    {
        "msteams" => TeamsPersonal(serviceUrl, text, id),
        "webchat" => WebChat(serviceUrl, text, id),
        "emulator" => Emulator(serviceUrl, text, id),
        _ => throw new ArgumentOutOfRangeException(nameof(channelId)),
    };

    public static string ConversationId(string channelId) => channelId switch
    {
        "msteams" => "a:1xYzPersonalConversation",
        "webchat" => "DLconversation123-us",
        "emulator" => "4c1ab0e0-9a1b-11ef-9c5a-5b2b4c0e0f00|livechat",
        _ => throw new ArgumentOutOfRangeException(nameof(channelId)),
    };

    public static string TeamsPersonal(string serviceUrl, string text, string id) => $$"""
        {
          "text": {{Quote(text)}},
          "textFormat": "plain",
          "type": "message",
          "timestamp": "2026-11-26T15:00:00.000Z",
          "localTimestamp": "2026-11-26T16:00:00.000+01:00",
          "id": "{{id}}",
          "channelId": "msteams",
          "serviceUrl": "{{serviceUrl}}",
          "from": { "id": "29:1AbCdEfUser", "name": "Ada Lovelace", "aadObjectId": "6a2c9a3e-0000-4000-8000-000000000001" },
          "conversation": { "conversationType": "personal", "tenantId": "72f988bf-0000-4000-8000-000000000002", "id": "{{ConversationId("msteams")}}" },
          "recipient": { "id": "{{TeamsBotId}}", "name": "ChatBot" },
          "entities": [{ "locale": "en-GB", "country": "GB", "platform": "Web", "timezone": "Europe/London", "type": "clientInfo" }],
          "channelData": { "tenant": { "id": "72f988bf-0000-4000-8000-000000000002" } },
          "locale": "en-GB",
          "localTimezone": "Europe/London"
        }
        """;

    public static string TeamsChannelMention(string serviceUrl, string question, string id) => $$"""
        {
          "text": "<at>ChatBot</at>&nbsp;{{question}}",
          "textFormat": "plain",
          "attachments": [{ "contentType": "text/html", "content": "<div><div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">ChatBot</span>&nbsp;{{question}}</div></div>" }],
          "type": "message",
          "timestamp": "2026-11-26T15:00:00.000Z",
          "id": "{{id}}",
          "channelId": "msteams",
          "serviceUrl": "{{serviceUrl}}",
          "from": { "id": "29:1AbCdEfUser", "name": "Ada Lovelace", "aadObjectId": "6a2c9a3e-0000-4000-8000-000000000001" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "72f988bf-0000-4000-8000-000000000002", "id": "19:general0123@thread.tacv2;messageid={{id}}" },
          "recipient": { "id": "{{TeamsBotId}}", "name": "ChatBot" },
          "entities": [
            { "mentioned": { "id": "{{TeamsBotId}}", "name": "ChatBot" }, "text": "<at>ChatBot</at>", "type": "mention" },
            { "locale": "en-GB", "country": "GB", "platform": "Web", "timezone": "Europe/London", "type": "clientInfo" }
          ],
          "channelData": {
            "teamsChannelId": "19:general0123@thread.tacv2",
            "teamsTeamId": "19:team0123@thread.tacv2",
            "channel": { "id": "19:general0123@thread.tacv2" },
            "team": { "id": "19:team0123@thread.tacv2" },
            "tenant": { "id": "72f988bf-0000-4000-8000-000000000002" }
          },
          "locale": "en-GB"
        }
        """;

    public static string TeamsFeedback(string serviceUrl, string replyToId) => $$"""
        {
          "name": "message/submitAction",
          "type": "invoke",
          "timestamp": "2026-11-26T15:01:00.000Z",
          "id": "f:feedback-1",
          "channelId": "msteams",
          "serviceUrl": "{{serviceUrl}}",
          "from": { "id": "29:1AbCdEfUser", "name": "Ada Lovelace", "aadObjectId": "6a2c9a3e-0000-4000-8000-000000000001" },
          "conversation": { "conversationType": "personal", "tenantId": "72f988bf-0000-4000-8000-000000000002", "id": "{{ConversationId("msteams")}}" },
          "recipient": { "id": "{{TeamsBotId}}", "name": "ChatBot" },
          "replyToId": "{{replyToId}}",
          "value": { "actionName": "feedback", "actionValue": { "reaction": "dislike", "feedback": "{\"feedbackText\":\"Wrong village\"}" } },
          "channelData": { "tenant": { "id": "72f988bf-0000-4000-8000-000000000002" }, "source": { "name": "message" }, "legacy": { "replyToId": "{{replyToId}}" } },
          "locale": "en-GB"
        }
        """;

    public static string WebChat(string serviceUrl, string text, string id) => $$"""
        {
          "type": "message",
          "id": "{{ConversationId("webchat")}}|{{id}}",
          "timestamp": "2026-11-26T15:00:00.1234567Z",
          "localTimestamp": "2026-11-26T16:00:00.000+01:00",
          "localTimezone": "Europe/London",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "webchat",
          "from": { "id": "dl_7a1b2c3d", "name": "", "role": "user" },
          "conversation": { "id": "{{ConversationId("webchat")}}" },
          "recipient": { "id": "chatbot-app@abc", "name": "ChatBot" },
          "textFormat": "plain",
          "locale": "en-GB",
          "text": {{Quote(text)}},
          "entities": [{ "requiresBotState": true, "supportsListening": true, "supportsTts": true, "type": "ClientCapabilities" }],
          "channelData": { "clientActivityID": "17326330000000.abcdef", "clientTimestamp": "2026-11-26T15:00:00.000Z" }
        }
        """;

    public static string WebChatJoin(string serviceUrl) => $$"""
        {
          "type": "conversationUpdate",
          "id": "{{ConversationId("webchat")}}|join",
          "timestamp": "2026-11-26T15:00:00.000Z",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "webchat",
          "from": { "id": "dl_7a1b2c3d" },
          "conversation": { "id": "{{ConversationId("webchat")}}" },
          "recipient": { "id": "chatbot-app@abc", "name": "ChatBot" },
          "membersAdded": [{ "id": "chatbot-app@abc", "name": "ChatBot" }, { "id": "dl_7a1b2c3d" }]
        }
        """;

    public static string Emulator(string serviceUrl, string text, string id) => $$"""
        {
          "channelData": { "clientActivityID": "1732633000000xyz", "clientTimestamp": "2026-11-26T15:00:00.000Z" },
          "text": {{Quote(text)}},
          "textFormat": "plain",
          "type": "message",
          "channelId": "emulator",
          "from": { "id": "5f0c3a52-0000-4000-8000-0000000000aa", "name": "User", "role": "user" },
          "locale": "en-GB",
          "localTimestamp": "2026-11-26T16:00:00+01:00",
          "localTimezone": "Europe/London",
          "timestamp": "2026-11-26T15:00:00.000Z",
          "attachments": [],
          "entities": [{ "requiresBotState": true, "supportsListening": true, "supportsTts": true, "type": "ClientCapabilities" }],
          "conversation": { "id": "{{ConversationId("emulator")}}" },
          "id": "{{id}}",
          "recipient": { "id": "9e1f7a20-0000-4000-8000-0000000000bb", "name": "Bot", "role": "bot" },
          "serviceUrl": "{{serviceUrl}}"
        }
        """;

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
