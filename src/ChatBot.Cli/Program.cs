using ChatBot.Cli;

return await ChatBotCli.RunAsync(args);
