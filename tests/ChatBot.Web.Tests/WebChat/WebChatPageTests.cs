using System.Net;
using System.Text.RegularExpressions;

namespace ChatBot.Web.Tests.WebChat;

public sealed partial class WebChatPageTests() : WebChatHostTestBase(new Dictionary<string, string?>
{
    ["WebChat:AllowedOrigins:0"] = "https://partner.example",
    ["WebChat:BotName"] = "Trotsky <Bot>",
})
{

    [Fact]
    public async Task Page_loads_web_chat_from_the_app_only()
    {
        var html = await Http.GetStringAsync("/");

        var scripts = ScriptSources().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["/lib/webchat.js", "/webchat/app.js"], scripts);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-token-url=\"/api/directline/token\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_bot_name_is_shown_escaped()
    {
        var html = await Http.GetStringAsync("/");

        Assert.Contains("<h1>Trotsky &lt;Bot&gt;</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_chat_bundle_built_from_npm_is_served_compressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/webchat.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Embed_script_is_served()
    {
        var script = await Http.GetStringAsync("/embed.js");

        Assert.Contains("/?embed=1", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Frame_ancestors_allow_only_the_app_and_configured_origins()
    {
        using var response = await Http.GetAsync("/?embed=1");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self' https://partner.example;", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://partner.example", true)]
    [InlineData("https://evil.example", false)]
    public async Task Cors_preflight_for_the_token_endpoint_allows_only_configured_origins(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/directline/token");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var response = await Http.SendAsync(preflight);

        var granted = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Contains(origin);
        Assert.Equal(allowed, granted);
    }

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex ScriptSources();
}
