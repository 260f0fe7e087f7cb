namespace ChatBot.Core.Answering;

/// <summary>The limits every front end applies to a question and an answer, defined once.</summary>
public static class AnswerLimits
{
    /// <summary>Longest question accepted, in characters (the bot, /api/ask and the CLI).</summary>
    public const int MaxQuestionLength = 2000;

    /// <summary>Most citations one answer carries: Teams rejects a message with more.</summary>
    public const int MaxCitations = 20;
}
