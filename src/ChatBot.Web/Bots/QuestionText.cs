using Microsoft.Bot.Schema;

namespace ChatBot.Web.Bots;

/// <summary>The question a message carries, without the bot's @mention (Teams group chats and channels) and surrounding space.</summary>
public static class QuestionText
{
    public static string Of(IMessageActivity activity)
    {
        if (activity.Recipient?.Id is not null && activity.GetMentions().Any(m => m.Mentioned?.Id == activity.Recipient.Id))
        {
            activity.RemoveRecipientMention();
        }

        // Teams puts a non-breaking space after a mention, sometimes as the HTML entity.
        return (activity.Text ?? string.Empty).Replace("&nbsp;", " ", StringComparison.Ordinal).Replace('\u00A0', ' ').Trim();
    }
}
