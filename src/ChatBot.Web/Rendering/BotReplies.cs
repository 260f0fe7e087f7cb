using System.Globalization;
using System.Text;
using ChatBot.Core.Corpus;
using Microsoft.Bot.Schema;

namespace ChatBot.Web.Rendering;

/// <summary>The bot's fixed replies: welcome, help, the list of sources, and the polite answers to limits and errors.</summary>
public static class BotReplies
{
    /// <summary>Sent to the user when a turn fails; deliberately says nothing about the failure itself.</summary>
    public const string SomethingWentWrong = "Sorry, something went wrong on my side. Please try again in a moment.";

    /// <summary>Sent when the bot has more questions waiting than it takes; the question was not answered.</summary>
    public const string Busy = "Sorry, I have too many questions waiting right now and could not take yours. Please send it again in a few seconds.";

    public const string HistoryForgotten = "Done: I've forgotten this conversation's earlier questions. Ask me anything about the text.";

    public const string SourcesUnavailable = "I'm still loading the text. Please ask again in a few seconds.";

    // Welcome and help carry suggested actions, and Teams shows such messages as plain text, so they use no Markdown.
    // Their wording names what the bot knows, so it is configuration (Bot:Welcome, Bot:Help), like the page's subtitle.
    public static Activity Welcome(string text, IReadOnlyList<string> exampleQuestions, ReplyChannel channel) => WithExamples(text, exampleQuestions, channel);

    public static Activity Help(string text, IReadOnlyList<string> exampleQuestions, ReplyChannel channel) => WithExamples(text, exampleQuestions, channel);

    public static Activity TooLong(int length, int maxLength) => MessageFactory(string.Create(
        CultureInfo.InvariantCulture,
        $"That message is {length:N0} characters long; I can take questions of up to {maxLength:N0} characters. Could you ask it more briefly?"));

    public static Activity SlowDown(TimeSpan? retryAfter)
    {
        var wait = retryAfter is { } after ? string.Create(CultureInfo.InvariantCulture, $" about {Math.Max(1, (int)Math.Ceiling(after.TotalSeconds))} seconds") : " a moment";
        return MessageFactory($"You're sending messages faster than I can answer. Please wait{wait} and ask again.");
    }

    /// <summary>The sections as a nested list with links, and a count of the glossary entries.</summary>
    public static Activity Sources(IReadOnlyList<Section> sections, Func<Section, string> urlOf)
    {
        var article = sections.Where(s => s.Kind != SectionKind.Glossary).ToList();
        var glossary = sections.Count(s => s.Kind == SectionKind.Glossary);

        var text = new StringBuilder("These are the sections of the text I answer from:\n\n");
        foreach (var section in article)
        {
            // The top heading is the document itself; indent the rest under it.
            var depth = Math.Max(0, section.Path.Count - 2);
            text.Append(' ', depth * 2).Append("- [").Append(EscapeLinkText(section.Title)).Append("](").Append(urlOf(section)).Append(")\n");
        }

        if (glossary > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nPlus {glossary:N0} glossary entries: short abstracts of terms the text links to.");
        }

        return MessageFactory(text.ToString().TrimEnd());
    }

    private static Activity WithExamples(string text, IReadOnlyList<string> exampleQuestions, ReplyChannel channel)
    {
        var reply = MessageFactory(text);
        if (exampleQuestions.Count == 0)
        {
            return reply;
        }

        if (channel.ShowsSuggestedActions)
        {
            reply.SuggestedActions = AnswerActivityRenderer.SuggestedActionsFor(exampleQuestions);
        }
        else
        {
            // Where suggested actions are not shown (Teams group chats and channels), list the examples in the text.
            reply.Text += "\n\nFor example:\n\n" + string.Join('\n', exampleQuestions.Select(q => $"- {q}"));
        }

        return reply;
    }

    private static Activity MessageFactory(string text)
    {
        var reply = (Activity)Activity.CreateMessageActivity();
        reply.Text = text;
        reply.TextFormat = TextFormatTypes.Markdown;
        return reply;
    }

    private static string EscapeLinkText(string text) => text.Replace("[", "\\[").Replace("]", "\\]");
}
