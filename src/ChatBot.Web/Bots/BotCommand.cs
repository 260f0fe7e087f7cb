namespace ChatBot.Web.Bots;

/// <summary>What a user's message asks the bot to do.</summary>
public enum BotCommand
{
    /// <summary>Answer the message as a question.</summary>
    Ask,

    /// <summary>Explain what the bot does and how to use it.</summary>
    Help,

    /// <summary>List the sections of the text the bot knows.</summary>
    Sources,

    /// <summary>Forget the conversation's earlier questions.</summary>
    Reset,
}
