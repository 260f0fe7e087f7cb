namespace ChatBot.Web.Bots;

/// <summary>Recognises the commands help, sources and reset (also with a leading "/", any case, trailing "." or "!").</summary>
public static class BotCommandParser
{
    public static BotCommand Parse(string text)
    {
        var word = text.Trim().TrimStart('/').TrimEnd('.', '!', '?', ' ').ToLowerInvariant();
        return word switch
        {
            "" or "help" or "hi" or "hello" => BotCommand.Help,
            "sources" or "source" or "sections" => BotCommand.Sources,
            "reset" or "restart" or "start over" => BotCommand.Reset,
            _ => BotCommand.Ask,
        };
    }
}
