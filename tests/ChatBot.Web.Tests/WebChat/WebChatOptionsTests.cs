using ChatBot.Web.WebChat;

namespace ChatBot.Web.Tests.WebChat;

public sealed class WebChatOptionsTests
{
    [Theory]
    [InlineData("https://example.com", true)]
    [InlineData("http://localhost:5173", true)]
    [InlineData("https://example.com/path", false)]
    [InlineData("https://*.example.com", false)]
    [InlineData("example.com", false)]
    [InlineData("javascript:alert(1)", false)]
    public void AllowedOrigins_accept_only_plain_origins(string origin, bool valid)
    {
        var options = new WebChatOptions { AllowedOrigins = [origin] };

        Assert.Equal(valid, options.HasValidOrigins());
    }
}
