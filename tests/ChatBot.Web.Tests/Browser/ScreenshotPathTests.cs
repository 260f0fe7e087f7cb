using ChatBot.Core.Configuration;

namespace ChatBot.Web.Tests.Browser;

public sealed class ScreenshotPathTests
{
    [Fact]
    public void Screenshots_go_beside_the_test_assembly_unless_asked_to_refresh_the_docs()
    {
        var refresh = Environment.GetEnvironmentVariable(WebChatBrowserTests.UpdateDocsVariable) == "1";

        var path = WebChatBrowserTests.ScreenshotPath("webchat-answer.png");

        // A plain test run leaves the checkout as it was: docs/*.png change only when refreshed on purpose.
        var expected = refresh ? ContentPaths.Resolve("docs") : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Assert.Equal(Path.Combine(expected, "webchat-answer.png"), path);
        Assert.NotEqual(refresh, path.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal));
    }
}
