using ChatBot.Core.Answering;
using ChatBot.Web.Bots;
using ChatBot.Web.Channels;
using Microsoft.Extensions.Configuration;
using ChatBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Tests.Channels;

/// <summary>One setting for the host's public address: Answering:PublicBaseUrl also makes the bot's source links absolute.</summary>
public sealed class PublicBaseUrlTests
{
    [Theory]
    [InlineData(null, null, BotOptions.LocalBaseUrl)]
    [InlineData("https://chatbot.example.org", null, "https://chatbot.example.org")]
    [InlineData("https://chatbot.example.org", "https://bot.example.net", "https://bot.example.net")]
    [InlineData(null, "https://bot.example.net", "https://bot.example.net")]
    public void BotLinks_UseTheAnsweringBaseUrl_UnlessTheBotSettingOverridesIt(string? answering, string? bot, string expected)
    {
        var settings = new Dictionary<string, string?>();
        if (answering is not null)
        {
            settings["Answering:PublicBaseUrl"] = answering;
        }

        if (bot is not null)
        {
            settings["Bot:PublicBaseUrl"] = bot;
        }

        using var host = new ChatBotHostFactory(settings);

        Assert.Equal(expected, host.Services.GetRequiredService<IOptions<BotOptions>>().Value.EffectivePublicBaseUrl);
    }

    [Theory]
    [InlineData("Answering:PublicBaseUrl")]
    [InlineData("Bot:PublicBaseUrl")]
    public void PublicBaseUrl_NotAnAbsoluteHttpUrl_FailsValidationNamingTheSetting(string key)
    {
        // The registration the host uses (validated on start), without starting a host.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = "bot.example.com" }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddOptions<AnsweringOptions>().Bind(configuration.GetSection(AnsweringOptions.SectionName));
        services.AddChatBotBot(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BotOptions>>().Value);

        Assert.Contains("Answering:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }
}
