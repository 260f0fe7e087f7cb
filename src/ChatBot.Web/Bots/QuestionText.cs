using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Bots;

/// <summary>The question a message carries, without the bot's @mention (Teams group chats and channels) and surrounding space.</summary>
public static class QuestionText
{
    public static string Of(IMessageActivity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (botId is not null)
        {
            // Read the mention entities by hand: the SDK's GetMentions/RemoveRecipientMention throw on a mention without
            // text or with a "mentioned" that is not an object, and such an entity must cost nothing but the mention.
            foreach (var entity in activity.Entities ?? [])
            {
                if (entity?.Type == "mention"
                    && entity.Properties?["mentioned"] is JObject mentioned
                    && mentioned["id"] is JValue { Type: JTokenType.String } id && (string?)id == botId
                    && entity.Properties["text"] is JValue { Type: JTokenType.String } mention
                    && ((string?)mention) is { Length: > 0 } mentionText)
                {
                    text = text.Replace(mentionText, string.Empty, StringComparison.Ordinal);
                }
            }
        }

        // Teams puts a non-breaking space after a mention, sometimes as the HTML entity.
        return text.Replace("&nbsp;", " ", StringComparison.Ordinal).Replace('\u00A0', ' ').Trim();
    }
}
