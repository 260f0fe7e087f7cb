namespace ChatBot.Web.Tests.Browser;

/// <summary>A fact that needs Debian's Chromium: skipped with the reason when it is missing, except under CI=true, where the test runs and fails.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!IsInstalled && !IsCi)
        {
            Skip = $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium); under CI=true this test fails instead.";
        }
    }

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
