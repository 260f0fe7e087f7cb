using System.Diagnostics;
using ChatBot.Core.Configuration;
using ChatBot.Web.Tests.Sources;
using ChatBot.Web.Tests.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ChatBot.Web.Tests.Browser;

/// <summary>The page in headless Chromium, as a user sees it: welcome, a cited answer, the cited passage in the viewer, a decline.</summary>
public sealed class WebChatBrowserTests(ITestOutputHelper output)
{
    private const float Timeout = 30_000;

    [ChromiumFact]
    public async Task User_sees_welcome_gets_a_cited_answer_opens_the_source_and_gets_a_decline()
    {
        await using var host = new WebChatTestHost(kestrel: true);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var origin = host.ServerAddress!.GetLeftPart(UriPartial.Authority);
        var requests = new List<IRequest>();
        chromium.Context.Request += (_, request) => requests.Add(request);
        var consoleErrors = new List<string>();
        var page = await chromium.Context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        var loading = Stopwatch.StartNew();
        await page.GotoAsync(origin + "/");
        var welcome = Message(page, FakeCitingBot.Welcome);
        await welcome.WaitForAsync(new() { Timeout = Timeout });
        var welcomeAfter = loading.Elapsed;

        // The suggested action is a real button: clicking it asks the question.
        var asking = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" })
            .GetByRole(AriaRole.Button, new() { Name = FakeCitingBot.ExampleQuestion }).ClickAsync(new() { Timeout = Timeout });
        var answer = Message(page, "Trotsky was born in Yanovka");
        await answer.WaitForAsync(new() { Timeout = Timeout });
        var answerAfter = asking.Elapsed;

        var citation = page.Locator($"a[href*='/sources/{FakeAnswerService.SectionId}']").First;
        await citation.WaitForAsync(new() { Timeout = Timeout });
        Assert.Contains("Childhood and family", await page.Locator("#webchat").InnerTextAsync(), StringComparison.Ordinal);

        var viewer = await page.Context.RunAndWaitForPageAsync(() => citation.ClickAsync(), new() { Timeout = Timeout });
        await viewer.WaitForLoadStateAsync(LoadState.Load);
        var cited = viewer.Locator(".s.cited");
        await cited.First.WaitForAsync(new() { Timeout = Timeout });
        Assert.Contains($"#p-{FakeAnswerService.PassageId}", viewer.Url, StringComparison.Ordinal);
        Assert.Equal(FakeSourceCatalog.BornSentence, (await cited.First.InnerTextAsync()).Trim());
        Assert.True(await cited.First.IsVisibleAsync());
        Assert.Contains("Childhood and family", await viewer.Locator("nav.crumbs").InnerTextAsync(), StringComparison.Ordinal);
        await viewer.CloseAsync();

        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("What is the weather like on Mars?");
        await input.PressAsync("Enter");
        await Message(page, FakeAnswerService.Decline).WaitForAsync(new() { Timeout = Timeout });

        var elsewhere = requests.Where(r => !r.Url.StartsWith(origin, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal)).Select(r => r.Url).ToList();
        Assert.True(elsewhere.Count == 0, "Requests left the app: " + string.Join(", ", elsewhere));
        Assert.True(consoleErrors.Count == 0, "Console errors: " + string.Join(" | ", consoleErrors));
        output.WriteLine($"welcome visible after {welcomeAfter.TotalMilliseconds:F0} ms; first answer visible {answerAfter.TotalMilliseconds:F0} ms after the click");
    }

    [ChromiumFact]
    public async Task Page_load_is_measured_requests_and_bytes()
    {
        await using var host = new WebChatTestHost(kestrel: true);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var origin = host.ServerAddress!.GetLeftPart(UriPartial.Authority);
        var finished = new List<IRequest>();
        chromium.Context.RequestFinished += (_, request) => finished.Add(request);
        var page = await chromium.Context.NewPageAsync();

        var loading = Stopwatch.StartNew();
        await page.GotoAsync(origin + "/");
        await Message(page, FakeCitingBot.Welcome).WaitForAsync(new() { Timeout = Timeout });
        var elapsed = loading.Elapsed;
        await Task.Delay(1500); // one more poll, so a steady state is counted too

        var timing = await page.EvaluateAsync<double[]>("""
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const bundle = performance.getEntriesByType('resource').find(r => r.name.endsWith('/lib/webchat.js'));
              return [nav.domContentLoadedEventEnd, nav.loadEventEnd, bundle ? bundle.responseEnd : -1];
            }
            """);
        var network = finished.Where(r => r.Url.StartsWith("http", StringComparison.Ordinal)).ToList();
        long transferred = 0, decoded = 0;
        foreach (var request in network)
        {
            var sizes = await request.SizesAsync();
            transferred += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            var response = await request.ResponseAsync();
            decoded += response is null ? 0 : (await response.BodyAsync()).Length;
            output.WriteLine($"{request.Method} {new Uri(request.Url).PathAndQuery} {sizes.ResponseBodySize} B");
        }

        output.WriteLine($"{network.Count} HTTP requests, {transferred} B transferred with headers ({decoded} B decoded); " +
            $"webchat.js received at {timing[2]:F0} ms, DOMContentLoaded {timing[0]:F0} ms, load {timing[1]:F0} ms, welcome visible after {elapsed.TotalMilliseconds:F0} ms");
        // The same page on a phone-sized screen.
        await page.SetViewportSizeAsync(390, 760);
        await page.ScreenshotAsync(new() { Path = ScreenshotPath("webchat-mobile.png") });

        Assert.All(network, r => Assert.StartsWith(origin, r.Url, StringComparison.Ordinal));
        Assert.InRange(transferred, 1, decoded);
    }

    /// <summary>A rendered message paragraph of the transcript holding <paramref name="text"/> (not Web Chat's screen-reader copies).</summary>
    internal static ILocator Message(IPage page, string text) => page.Locator("#webchat p").Filter(new() { HasText = text }).First;

    /// <summary>Set to 1 to write the screenshots into docs/ (to refresh the ones the docs show); otherwise they go to the test output.</summary>
    internal const string UpdateDocsVariable = "CHATBOT_UPDATE_DOCS_SCREENSHOTS";

    /// <summary>
    /// Where a screenshot goes: screenshots/ beside the test assembly, so a test run leaves the checkout as it was, or docs/
    /// when <see cref="UpdateDocsVariable"/> is 1.
    /// </summary>
    internal static string ScreenshotPath(string file)
    {
        var folder = Environment.GetEnvironmentVariable(UpdateDocsVariable) == "1"
            ? ContentPaths.Resolve("docs")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, file);
    }
}
