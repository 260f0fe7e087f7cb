using ChatBot.Core.Feedback;

namespace ChatBot.Web.Feedback;

/// <summary>An answer the bot sent, kept in the conversation state so that a later 👍/👎 on it can be stored with its question.</summary>
/// <param name="AnswerId">Our id of the answer (the Web Chat vote's action id).</param>
/// <param name="ActivityId">The id the channel gave the reply (what a Teams feedback invoke names in replyToId).</param>
public sealed record AnswerMemo(
    string AnswerId,
    string? ActivityId,
    string Question,
    IReadOnlyList<string> History,
    string Answer,
    bool Answered,
    IReadOnlyList<FeedbackCitation> Citations);
