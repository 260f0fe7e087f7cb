using System.Diagnostics;
using ChatBot.Core.Answering;
using ChatBot.Web.Tests.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ChatBot.Web.Tests.Browser;

/// <summary>The page over the real offline stack (MiniLM retrieval, extractive answerer, real corpus): what a user of the default install sees.</summary>
public sealed class RealStackBrowserTests(ITestOutputHelper output)
{
    // The first question may build the index (embedding the corpus) when no snapshot exists yet.
    private const float FirstAnswerTimeout = 240_000;
    private const float Timeout = 60_000;

    /// <summary>Waits for <paramref name="locator"/>; on timeout the failure shows what the transcript held instead.</summary>
    private static async Task WaitAsync(IPage page, ILocator locator, float timeout)
    {
        try
        {
            await locator.WaitForAsync(new() { Timeout = timeout });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Not shown within {timeout / 1000} s. The transcript: {await page.Locator("#webchat").InnerTextAsync()}");
        }
    }

    [ChromiumFact]
    public async Task Real_offline_stack_answers_with_a_citation_that_opens_the_cited_passage_and_declines_off_topic()
    {
        await using var host = new WebChatTestHost(kestrel: true, realStack: true);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var origin = host.ServerAddress!.GetLeftPart(UriPartial.Authority);
        var page = await chromium.Context.NewPageAsync();

        await page.GotoAsync(origin + "/");
        await page.Locator("#webchat p").First.WaitForAsync(new() { Timeout = Timeout }); // the welcome
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        var asking = Stopwatch.StartNew();
        await input.FillAsync("Before he joined the Bolsheviks, which faction was Trotsky with?");
        await input.PressAsync("Enter");

        var citation = page.Locator("#webchat a[href*='/sources/']").First;
        await WaitAsync(page, citation, FirstAnswerTimeout);
        await WaitAsync(page, WebChatBrowserTests.Message(page, "Menshevik"), Timeout);
        output.WriteLine($"first cited answer visible {asking.Elapsed.TotalMilliseconds:F0} ms after Enter (includes loading or building the index)");
        await page.ScreenshotAsync(new() { Path = WebChatBrowserTests.ScreenshotPath("webchat-answer.png") });

        var viewer = await page.Context.RunAndWaitForPageAsync(() => citation.ClickAsync(), new() { Timeout = Timeout });
        var cited = viewer.Locator(".s.cited").First;
        try
        {
            await cited.WaitForAsync(new() { Timeout = Timeout });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No marked passage at {viewer.Url}: {await viewer.Locator("body").InnerTextAsync()}");
        }

        Assert.Contains("#p-", viewer.Url, StringComparison.Ordinal);
        Assert.True(await cited.IsVisibleAsync());
        Assert.True(await viewer.Locator("nav.crumbs li").CountAsync() >= 2, "breadcrumb of the heading path");
        await viewer.ScreenshotAsync(new() { Path = WebChatBrowserTests.ScreenshotPath("source-viewer.png") });
        await viewer.CloseAsync();

        asking.Restart();
        await input.FillAsync("What is the weather like on Mars?");
        await input.PressAsync("Enter");
        // Web Chat's Markdown renderer turns ' into a typographic ’.
        await WaitAsync(page, WebChatBrowserTests.Message(page, OfflineAnswerService.DeclineText.Replace('\'', '’')), Timeout);
        output.WriteLine($"decline visible {asking.Elapsed.TotalMilliseconds:F0} ms after Enter");
    }
}
