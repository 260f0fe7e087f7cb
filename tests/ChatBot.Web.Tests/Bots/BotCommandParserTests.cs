using ChatBot.Web.Bots;

namespace ChatBot.Web.Tests.Bots;

public sealed class BotCommandParserTests
{
    [Theory]
    [InlineData("help", BotCommand.Help)]
    [InlineData(" HELP! ", BotCommand.Help)]
    [InlineData("/sources", BotCommand.Sources)]
    [InlineData("Sources.", BotCommand.Sources)]
    [InlineData("reset", BotCommand.Reset)]
    [InlineData("Where was Trotsky born?", BotCommand.Ask)]
    [InlineData("help me understand the purges", BotCommand.Ask)]
    public void Parse_RecognisesCommandsAndLeavesQuestions(string text, BotCommand expected) =>
        Assert.Equal(expected, BotCommandParser.Parse(text));
}
