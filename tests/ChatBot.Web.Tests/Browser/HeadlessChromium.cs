using Microsoft.Playwright;

namespace ChatBot.Web.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright: never a downloaded browser, a fresh profile per run, no background traffic.</summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly string profile;

    private HeadlessChromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        this.playwright = playwright;
        Context = context;
        this.profile = profile;
    }

    public IBrowserContext Context { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        Assert.True(ChromiumFactAttribute.IsInstalled, $"Chromium is missing at {ChromiumFactAttribute.ExecutablePath}: apt-get install -y chromium");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("chatbot-chromium-").FullName;
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
            ViewportSize = new ViewportSize { Width = 1100, Height = 860 },
            Locale = "en-US",
            Timeout = 60_000,
        });
        return new HeadlessChromium(playwright, context, profile);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        playwright.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the system.
        }
    }
}
