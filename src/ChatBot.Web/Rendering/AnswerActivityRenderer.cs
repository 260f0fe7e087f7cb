using System.Text;
using ChatBot.Core.Answering;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Rendering;

/// <summary>
/// Turns an <see cref="Answer"/> into the message activity Teams and Web Chat render natively: text with [n] markers,
/// one schema.org Message entity whose citation positions match those markers, and the channel's extras
/// (Markdown reference definitions for Web Chat, the feedback loop for Teams, follow-ups as suggested actions).
/// </summary>
public sealed class AnswerActivityRenderer
{
    /// <summary>Teams rejects a message with more citations than this.</summary>
    public const int MaxCitations = AnswerLimits.MaxCitations;

    /// <summary>Teams rejects a citation whose appearance name is longer than this.</summary>
    public const int MaxNameLength = 80;

    /// <summary>Teams rejects a citation whose appearance abstract is longer than this.</summary>
    public const int MaxAbstractLength = 160;

    /// <summary>Suggested actions beyond this crowd the compose box.</summary>
    public const int MaxSuggestions = 3;

    public const string MessageEntityType = "https://schema.org/Message";
    public const string AiGeneratedContent = "AIGeneratedContent";

    /// <summary>The reply to send on <paramref name="channel"/> for <paramref name="answer"/>, its source links under <paramref name="links"/>.</summary>
    public Activity Render(Answer answer, ReplyChannel channel, ReplyLinks links)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(links);

        var (text, citations) = answer.Answered
            ? Renumber(answer.Text.Trim(), answer.Citations)
            : (answer.Text.Trim(), []);

        var body = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(answer.Notice))
        {
            body.Append('_').Append(answer.Notice.Trim()).Append("_\n\n");
        }

        body.Append(text);
        if (citations.Count > 0 && channel.NeedsReferenceDefinitions)
        {
            body.Append("\n\n");
            body.AppendJoin('\n', citations.Select((c, i) => $"[{i + 1}]: <{SourceUrl(c, links)}> \"{DefinitionTitle(c)}\""));
        }

        var reply = Activity.CreateMessageActivity();
        reply.Text = body.ToString();
        reply.TextFormat = TextFormatTypes.Markdown;

        if (citations.Count > 0)
        {
            reply.Entities = [CreateMessageEntity(citations, channel, links)];
        }

        if (channel.IsTeams)
        {
            reply.ChannelData = new JObject { ["feedbackLoop"] = new JObject { ["type"] = "default" } };
        }

        if (channel.ShowsSuggestedActions && answer.SuggestedQuestions.Count > 0)
        {
            reply.SuggestedActions = SuggestedActionsFor(answer.SuggestedQuestions);
        }

        return (Activity)reply;
    }

    /// <summary>The questions as tap-to-send suggested actions.</summary>
    public static SuggestedActions SuggestedActionsFor(IEnumerable<string> questions) => new()
    {
        Actions = questions
            .Where(q => !string.IsNullOrWhiteSpace(q))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxSuggestions)
            .Select(q => new CardAction(ActionTypes.ImBack, title: TextLimits.Shorten(q, 60), value: q.Trim()))
            .ToList(),
    };

    // Positions must match the markers exactly: keep only cited markers that have a citation, number them 1..n in order
    // of first use, and cap them at Teams' limit, dropping the markers of anything cut.
    private static (string Text, IReadOnlyList<Citation> Citations) Renumber(string text, IReadOnlyList<Citation> citations)
    {
        var byIndex = citations.GroupBy(c => c.Index).ToDictionary(g => g.Key, g => g.First());
        var used = CitationMarkers.InOrderOfUse(text).Where(byIndex.ContainsKey).Take(MaxCitations).ToList();
        var newNumber = used.Select((old, i) => (old, position: i + 1)).ToDictionary(p => p.old, p => p.position);

        var rewritten = CitationMarkers.Rewrite(text, old => newNumber.TryGetValue(old, out var n) ? n : null);
        return (rewritten, used.Select(old => byIndex[old]).ToList());
    }

    private static Entity CreateMessageEntity(IReadOnlyList<Citation> citations, ReplyChannel channel, ReplyLinks links)
    {
        var properties = new JObject
        {
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["additionalType"] = new JArray(AiGeneratedContent),
            ["citation"] = new JArray(citations.Select((c, i) => CreateClaim(c, i + 1, links))),
        };

        // Web Chat takes its "AI generated" badge from keywords, not from additionalType.
        if (channel.NeedsReferenceDefinitions)
        {
            properties["keywords"] = new JArray(AiGeneratedContent);
        }

        return new Entity(MessageEntityType) { Properties = properties };
    }

    private static JObject CreateClaim(Citation citation, int position, ReplyLinks links) => new()
    {
        ["@type"] = "Claim",
        ["position"] = position,
        ["appearance"] = new JObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = Name(citation, position),
            ["abstract"] = Abstract(citation),
            ["url"] = SourceUrl(citation, links),
            ["text"] = FullText(citation),
        },
    };

    private static string Name(Citation citation, int position)
    {
        var name = FirstNonBlank(citation.Title, citation.Section) ?? $"Source {position}";
        return TextLimits.Shorten(name, MaxNameLength);
    }

    private static string Abstract(Citation citation) =>
        TextLimits.Shorten(FirstNonBlank(citation.Quote, citation.Section, citation.Title) ?? "Passage of the source text.", MaxAbstractLength);

    private static string FullText(Citation citation)
    {
        var quote = TextLimits.Shorten(citation.Quote, 4000);
        var section = TextLimits.Shorten(citation.Section, 400);
        return (quote.Length, section.Length) switch
        {
            (0, 0) => "Passage of the source text.",
            (0, _) => section,
            (_, 0) => quote,
            _ => $"{quote}\n\n({section})",
        };
    }

    private static string SourceUrl(Citation citation, ReplyLinks links) =>
        string.IsNullOrWhiteSpace(citation.Url) ? links.Section(citation.SectionId) : links.Resolve(citation.Url);

    private static string DefinitionTitle(Citation citation) =>
        TextLimits.Shorten(FirstNonBlank(citation.Title, citation.Section) ?? "Source", MaxNameLength).Replace("\\", "\\\\").Replace("\"", "\\\"");

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
