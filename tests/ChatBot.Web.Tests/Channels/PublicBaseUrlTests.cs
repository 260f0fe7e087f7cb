using ChatBot.Core.Answering;
using ChatBot.Web.Hosting;
using ChatBot.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Tests.Channels;

/// <summary>One setting for the host's public address, Answering:PublicBaseUrl; without it, links come from the request.</summary>
public sealed class PublicBaseUrlTests
{
    [Theory]
    [InlineData("https://chatbot.example.org", "https://chatbot.example.org/")]
    [InlineData("https://chatbot.example.org/bot/", "https://chatbot.example.org/bot/")]
    public void Configured_address_wins_over_the_request(string configured, string expected)
    {
        using var host = new ChatBotHostFactory(new Dictionary<string, string?> { ["Answering:PublicBaseUrl"] = configured });

        var address = host.Services.GetRequiredService<PublicAddress>();

        Assert.Equal(expected, address.Of(Request("http", "10.0.0.5:8080", "")).AbsoluteUri);
    }

    [Fact]
    public void Without_a_setting_the_address_is_the_requests_own_with_its_path_base()
    {
        var address = new PublicAddress(Options.Create(new AnsweringOptions()));

        Assert.Equal("https://bot.example.net:8443/chat/", address.Of(Request("https", "bot.example.net:8443", "/chat")).AbsoluteUri);
    }

    [Fact]
    public void A_request_without_a_host_gets_the_local_default()
    {
        var address = new PublicAddress(Options.Create(new AnsweringOptions()));

        Assert.Equal(PublicAddress.LocalDefault, address.Of(Request("http", "", "")).AbsoluteUri);
    }

    [Fact]
    public void PublicBaseUrl_NotAnAbsoluteHttpUrl_FailsValidationNamingTheSetting()
    {
        // The registration the host uses (validated on start), without starting a host.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Answering:PublicBaseUrl"] = "bot.example.com" }).Build();
        var services = new ServiceCollection();
        services.AddOptions<AnsweringOptions>().Bind(configuration.GetSection(AnsweringOptions.SectionName));
        HostingExtensions.AddPublicAddress(services);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AnsweringOptions>>().Value);

        Assert.Contains("Answering:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    private static HttpRequest Request(string scheme, string host, string pathBase)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        if (host.Length > 0)
        {
            context.Request.Host = new HostString(host);
        }

        context.Request.PathBase = pathBase;
        return context.Request;
    }
}
