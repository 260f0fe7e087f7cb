namespace ChatBot.Web.Api;

/// <summary>The body of POST /api/ask: a question and the earlier questions of the conversation, oldest first.</summary>
public sealed record AskRequest(string Question, IReadOnlyList<string> History)
{
    /// <summary>Whether to add the offline selector's explanation to the answer ("explain": true).</summary>
    public bool Explain { get; init; }

    /// <summary>Whether to stream the answer as server-sent events ("stream": true, or Accept: text/event-stream).</summary>
    public bool Stream { get; init; }

    /// <summary>Longest question accepted.</summary>
    public const int MaxQuestionLength = ChatBot.Core.Answering.AnswerLimits.MaxQuestionLength;

    /// <summary>Most earlier questions accepted; the answer service only looks at the last few anyway.</summary>
    public const int MaxHistoryItems = 50;
}
