using System.Net;
using ChatBot.Web.Tests.WebChat;

namespace ChatBot.Web.Tests.Sources;

public sealed class SourceViewerTests : WebChatHostTestBase
{

    [Fact]
    public async Task Section_page_shows_clean_paragraphs_with_the_cited_passage_anchored_and_marked()
    {
        var html = await Http.GetStringAsync("/sources/leon-trotsky/childhood-and-family");

        Assert.Contains("<h1>Childhood and family</h1>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"p-pass-born\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"s\" data-p=\"pass-born\">Trotsky was born in Yanovka, in the Kherson governorate.</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"s\">His family were farmers.</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_the_corpus_is_escaped()
    {
        var html = await Http.GetStringAsync("/sources/leon-trotsky/childhood-and-family");

        Assert.DoesNotContain(FakeSourceCatalog.Script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_section_is_a_404_page_that_escapes_the_id()
    {
        using var response = await Http.GetAsync("/sources/%3Cimg%20src=x%20onerror=alert(1)%3E");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Section not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breadcrumb_links_the_heading_path_and_pager_links_neighbours()
    {
        var html = await Http.GetStringAsync("/sources/leon-trotsky/childhood-and-family");

        Assert.Contains("<a href=\"/sources/leon-trotsky/encyclopedia\">Encyclopedia</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li aria-current=\"page\">Childhood and family</li>", html, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"prev\" href=\"/sources/leon-trotsky/encyclopedia\">← Encyclopedia</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"next\" href=\"/sources/leon-trotsky/exile\">Exile →</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_has_a_strict_content_security_policy()
    {
        using var response = await Http.GetAsync("/sources/leon-trotsky/exile");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_lists_every_section()
    {
        var html = await Http.GetStringAsync("/sources");

        Assert.Contains("Encyclopedia › Childhood and family", html, StringComparison.Ordinal);
        Assert.Contains("/sources/leon-trotsky/exile", html, StringComparison.Ordinal);
    }
}
