using System.Diagnostics;
using ChatBot.Core.Answering;
using ChatBot.Web.Tests.Streaming;
using ChatBot.Web.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace ChatBot.Web.Tests.Browser;

/// <summary>The page's Web Chat 4.18.1 bundle over the offline Direct Line shows a streamed answer growing, then the final message in its place.</summary>
public sealed class StreamingBrowserTests(ITestOutputHelper output)
{
    private const float Timeout = 60_000;

    [ChromiumFact]
    public async Task Streamed_answer_grows_in_one_bubble_and_ends_as_the_cited_message()
    {
        var answers = new PacedAnswerService(sentences: 4, pace: TimeSpan.FromMilliseconds(1200));
        await using var host = new WebChatTestHost(
            new Dictionary<string, string?> { ["Bot:StreamingInterval"] = "00:00:00.500" },
            services: s =>
            {
                s.RemoveAll<IAnswerService>();
                s.AddSingleton<IAnswerService>(answers);
            },
            kestrel: true,
            realStack: true);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync(host.ServerAddress!.GetLeftPart(UriPartial.Authority) + "/");
        await page.Locator("#webchat p").First.WaitForAsync(new() { Timeout = Timeout }); // the welcome

        var input = page.Locator("[data-id='webchat-sendbox-input']");
        var asking = Stopwatch.StartNew();
        await input.FillAsync("Where was Trotsky born?");
        await input.PressAsync("Enter");

        // Part-way: the first verified sentence is on screen while the last is not written yet.
        await WebChatBrowserTests.Message(page, PacedAnswerService.Sentence(1)[..20]).WaitForAsync(new() { Timeout = Timeout });
        var firstAfter = asking.Elapsed;
        var partial = await page.Locator("#webchat").InnerTextAsync();
        Assert.DoesNotContain(PacedAnswerService.Sentence(4)[..20], partial, StringComparison.Ordinal);

        await WebChatBrowserTests.Message(page, PacedAnswerService.Sentence(4)[..20]).WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#webchat a[href*='/sources/']").First.WaitForAsync(new() { Timeout = Timeout });
        await Task.Delay(1500); // one more poll: nothing else may arrive
        var bubbles = await page.Locator("#webchat p").Filter(new() { HasText = PacedAnswerService.Sentence(1)[..20] }).CountAsync();
        output.WriteLine($"first sentence visible {firstAfter.TotalMilliseconds:F0} ms after Enter, whole answer after {asking.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(1, bubbles);
    }
}
