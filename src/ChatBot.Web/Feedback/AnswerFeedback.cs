using ChatBot.Core.Answering;
using ChatBot.Core.Feedback;
using ChatBot.Core.Telemetry;
using ChatBot.Web.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Feedback;

/// <summary>
/// The feedback loop of the bot: offers 👍/👎 on answers (Teams: channelData.feedbackLoop, set by the renderer; Web Chat:
/// LikeAction/DislikeAction on the cited answer's Message entity), remembers what each answer was, and stores a reaction
/// with its question, history, answer, cited passages and comment in the <see cref="IFeedbackStore"/>. Both forms of
/// the reaction are read: the <c>message/submitAction</c> invoke (Teams, and Web Chat's feedback form) and the
/// <c>webchat:activity-status/feedback</c> event that Web Chat 4.18's thumb buttons post.
/// </summary>
public sealed class AnswerFeedback
{
    /// <summary>The event Web Chat 4.18 posts when a thumb button is pressed; its entity is the pressed action.</summary>
    public const string WebChatVoteEvent = "webchat:activity-status/feedback";

    private const string Separator = "#";

    private readonly IFeedbackStore store;
    private readonly IStatePropertyAccessor<RecentAnswers> recent;
    private readonly ILogger<AnswerFeedback> logger;

    public AnswerFeedback(ConversationState state, IFeedbackStore store, ILogger<AnswerFeedback> logger)
    {
        this.store = store;
        this.logger = logger;
        recent = state.CreateProperty<RecentAnswers>(nameof(RecentAnswers));
    }

    /// <summary>
    /// A new answer id and, outside Teams, the like/dislike actions (named by that id) that make Web Chat show its thumb
    /// buttons on a cited answer; Teams shows its own from channelData.feedbackLoop and names the reply by its own id.
    /// </summary>
    public string Offer(IMessageActivity reply, ReplyChannel channel)
    {
        var answerId = Guid.NewGuid().ToString("N");
        var message = reply.Entities?.FirstOrDefault(e => e.Type == AnswerActivityRenderer.MessageEntityType);
        if (!channel.IsTeams && message is not null)
        {
            message.Properties["potentialAction"] = new JArray(
                new JObject { ["@type"] = "LikeAction", ["@id"] = answerId + Separator + FeedbackRecord.Like },
                new JObject { ["@type"] = "DislikeAction", ["@id"] = answerId + Separator + FeedbackRecord.Dislike });
        }

        return answerId;
    }

    /// <summary>Keeps the answer in the conversation state (saved with the turn) so that feedback on it can be stored in full.</summary>
    public async Task RememberAsync(ITurnContext turnContext, string answerId, ResourceResponse? sent, string question, IReadOnlyList<string> history, Answer answer, CancellationToken cancellationToken)
    {
        var answers = await recent.GetAsync(turnContext, () => new RecentAnswers(), cancellationToken);
        answers.Remember(new AnswerMemo(
            answerId,
            sent?.Id,
            question,
            // Lists, not arrays from collection expressions: the Bot Framework storage records runtime types (Newtonsoft).
            history.ToList(),
            answer.Text,
            answer.Answered,
            answer.Citations.Select(c => new FeedbackCitation(c.Index, c.PassageId, c.SectionId, c.Section, c.Title)).ToList()));
    }

    /// <summary>The <c>message/submitAction</c> feedback invoke: {actionName: "feedback", actionValue: {reaction, feedback: "{\"feedbackText\": …}"}}.</summary>
    public async Task<InvokeResponse> ReceiveInvokeAsync(ITurnContext<IInvokeActivity> turnContext, JObject value, CancellationToken cancellationToken)
    {
        var actionValue = value["actionValue"] as JObject;
        var reaction = Reaction(StringOf(actionValue?["reaction"]));
        if (reaction is null)
        {
            return new InvokeResponse { Status = StatusCodes.Status400BadRequest };
        }

        await StoreAsync(turnContext, reaction, Comment(actionValue?["feedback"]), turnContext.Activity.ReplyToId, cancellationToken);
        return new InvokeResponse { Status = StatusCodes.Status200OK };
    }

    /// <summary>Web Chat 4.18's vote event: its one entity is the LikeAction or DislikeAction we offered, whose @id names the answer.</summary>
    public async Task ReceiveVoteAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        var action = turnContext.Activity.Entities?.Where(e => e is not null).Select(e => e.Properties).FirstOrDefault(p => StringOf(p?["@type"]) is "LikeAction" or "DislikeAction");
        if (action is null)
        {
            logger.LogInformation("A feedback event without a like or dislike action in {ChannelId} was ignored.", turnContext.Activity.ChannelId);
            return;
        }

        var reaction = StringOf(action["@type"]) == "LikeAction" ? FeedbackRecord.Like : FeedbackRecord.Dislike;
        var id = StringOf(action["@id"]) ?? string.Empty;
        var answerId = id.Contains(Separator, StringComparison.Ordinal) ? id[..id.IndexOf(Separator, StringComparison.Ordinal)] : id;
        await StoreAsync(turnContext, reaction, null, answerId.Length > 0 ? answerId : turnContext.Activity.ReplyToId, cancellationToken);
    }

    private async Task StoreAsync(ITurnContext turnContext, string reaction, string? comment, string? reference, CancellationToken cancellationToken)
    {
        var answers = await recent.GetAsync(turnContext, () => new RecentAnswers(), cancellationToken);
        var memo = answers.Find(reference);
        if (memo is null)
        {
            // Still worth keeping: the reaction and comment; the question is gone (e.g. in-memory state after a restart).
            logger.LogWarning("Feedback {Reaction} on {Reference} in {ChannelId}: the answer is no longer in the conversation state.", reaction, reference, turnContext.Activity.ChannelId);
        }

        var record = new FeedbackRecord(
            DateTimeOffset.UtcNow,
            turnContext.Activity.ChannelId ?? string.Empty,
            turnContext.Activity.Conversation?.Id ?? string.Empty,
            reference,
            reaction,
            comment,
            memo?.Question,
            memo?.History ?? [],
            memo?.Answer,
            memo?.Answered ?? false,
            memo?.Citations ?? []);
        await store.AddAsync(record, cancellationToken);
        ChatBotTelemetry.Feedback.Add(1, new KeyValuePair<string, object?>(ChatBotTelemetry.ReactionTag, reaction));
        logger.LogInformation("Feedback {Reaction} on reply {Reference} in {ChannelId} stored.", reaction, reference, record.Channel);
    }

    // Channel data is never trusted to be well-formed: a member of the wrong type reads as missing.
    private static string? StringOf(JToken? token) => token is JValue { Type: JTokenType.String } text ? (string?)text : null;

    private static string? Reaction(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        FeedbackRecord.Like => FeedbackRecord.Like,
        FeedbackRecord.Dislike => FeedbackRecord.Dislike,
        _ => null,
    };

    // Teams sends the comment as a JSON string {"feedbackText": "…"}; Web Chat's form sends the object itself.
    private static string? Comment(JToken? feedback)
    {
        var text = feedback switch
        {
            JObject form => StringOf(form["feedbackText"]),
            JValue { Type: JTokenType.String } raw => ParseText((string)raw!),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string? ParseText(string raw)
    {
        try
        {
            return JToken.Parse(raw) is JObject form ? StringOf(form["feedbackText"]) : raw;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return raw;
        }
    }
}
