using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ChatBot.Core.Corpus;

namespace ChatBot.Web.Sources;

/// <summary>The HTML of the source viewer: a section's clean paragraphs, every passage anchored as #p-{passageId}, breadcrumb and neighbours.</summary>
/// <remarks>Everything from the corpus goes through <see cref="HtmlEncoder"/>; ids in attributes and URLs are encoded too.</remarks>
public static class SourcePage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Path of a section's page (ids may hold "/": each segment is escaped on its own).</summary>
    public static string UrlOf(string pathBase, string sectionId) => pathBase + SourceLinks.Section(sectionId);

    /// <summary>The page of <paramref name="section"/>.</summary>
    public static string Render(SourceCatalogSnapshot catalog, Section section, string pathBase, string botName)
    {
        var body = new StringBuilder();
        body.Append("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><ol>");
        body.Append("<li><a href=\"").Append(Html.Encode(pathBase + "/")).Append("\">").Append(Html.Encode(botName)).Append("</a></li>");
        for (var depth = 1; depth <= section.Path.Count; depth++)
        {
            var heading = Html.Encode(section.Path[depth - 1]);
            var target = depth < section.Path.Count ? catalog.FindByPath(section.Path.Take(depth).ToList()) : null;
            body.Append(depth == section.Path.Count ? "<li aria-current=\"page\">" : "<li>");
            body.Append(target is null ? heading : $"<a href=\"{Html.Encode(UrlOf(pathBase, target.Id))}\">{heading}</a>");
            body.Append("</li>");
        }

        body.Append("</ol></nav>\n<article>\n<h1>").Append(Html.Encode(section.Title)).Append("</h1>\n");
        if (section.Kind != SectionKind.Article)
        {
            body.Append("<p class=\"kind\">").Append(section.Kind == SectionKind.Glossary ? "Glossary entry" : "Quotations").Append("</p>\n");
        }

        AppendParagraphs(body, section, catalog.PassagesOf(section.Id).Select(p => p).ToList());
        body.Append("</article>\n");
        AppendPager(body, catalog, section, pathBase);
        body.Append("<footer>Source: ").Append(Html.Encode(section.SourceFile)).Append(" · ")
            .Append("<a href=\"").Append(Html.Encode(pathBase + SourceLinks.Root)).Append("\">All sections</a></footer>\n");
        return Document(section.Title + " · " + botName, body.ToString(), pathBase);
    }

    /// <summary>The list of all sections.</summary>
    public static string RenderIndex(SourceCatalogSnapshot catalog, string pathBase, string botName)
    {
        var body = new StringBuilder();
        body.Append("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><ol><li><a href=\"").Append(Html.Encode(pathBase + "/")).Append("\">")
            .Append(Html.Encode(botName)).Append("</a></li><li aria-current=\"page\">Sources</li></ol></nav>\n<article>\n<h1>Sources</h1>\n<ul class=\"toc\">\n");
        foreach (var section in catalog.Sections)
        {
            body.Append("<li><a href=\"").Append(Html.Encode(UrlOf(pathBase, section.Id))).Append("\">")
                .Append(Html.Encode(section.DisplayPath)).Append("</a></li>\n");
        }

        body.Append("</ul>\n</article>\n");
        return Document("Sources · " + botName, body.ToString(), pathBase);
    }

    /// <summary>The "not found" page for an unknown section id.</summary>
    public static string RenderNotFound(string sectionId, string pathBase, string botName) => Document(
        "Section not found · " + botName,
        $"""
        <article>
        <h1>Section not found</h1>
        <p>There is no section <code>{Html.Encode(sectionId)}</code>. The corpus may have changed since the answer was given.</p>
        <p><a href="{Html.Encode(pathBase + SourceLinks.Root)}">All sections</a> · <a href="{Html.Encode(pathBase + "/")}">Back to the chat</a></p>
        </article>
        """,
        pathBase);

    /// <summary>A page saying the sources are not available (the corpus index is not ready).</summary>
    public static string RenderUnavailable(string pathBase, string botName) => Document(
        "Sources unavailable · " + botName,
        $"""
        <article>
        <h1>Sources are not available right now</h1>
        <p>Please try again in a moment. <a href="{Html.Encode(pathBase + "/")}">Back to the chat</a></p>
        </article>
        """,
        pathBase);

    private static void AppendParagraphs(StringBuilder body, Section section, IReadOnlyList<ChatBot.Core.Indexing.Passage> passages)
    {
        var marked = PassageHighlighter.Mark(section.Paragraphs, passages);
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        int? page = null;
        for (var i = 0; i < marked.Count; i++)
        {
            var paragraph = section.Paragraphs[i];
            if (paragraph.Page is { } number && number != page)
            {
                // Paged sources (PDF) show where each page starts, as their citations name the page.
                body.Append("<p class=\"page\">Page ").Append(number).Append("</p>\n");
                page = number;
            }

            body.Append(paragraph.IsListItem ? "<p class=\"item\">" : "<p>");
            foreach (var sentence in marked[i])
            {
                foreach (var id in sentence.PassageIds.Where(anchored.Add))
                {
                    // The anchor sits where the passage starts, so #p-{id} scrolls there even without script.
                    body.Append("<span class=\"anchor\" id=\"").Append(SourceLinks.AnchorPrefix).Append(Html.Encode(id)).Append("\"></span>");
                }

                body.Append("<span class=\"s\"");
                if (sentence.PassageIds.Count > 0)
                {
                    body.Append(" data-p=\"").Append(Html.Encode(string.Join(' ', sentence.PassageIds))).Append('"');
                }

                body.Append('>').Append(Html.Encode(sentence.Text)).Append("</span> ");
            }

            body.Append("</p>\n");
        }
    }

    private static void AppendPager(StringBuilder body, SourceCatalogSnapshot catalog, Section section, string pathBase)
    {
        var index = catalog.IndexOf(section.Id);
        var previous = index > 0 ? catalog.Sections[index - 1] : null;
        var next = index >= 0 && index + 1 < catalog.Sections.Count ? catalog.Sections[index + 1] : null;
        body.Append("<nav class=\"pager\" aria-label=\"Sections\">");
        if (previous is not null)
        {
            body.Append("<a rel=\"prev\" href=\"").Append(Html.Encode(UrlOf(pathBase, previous.Id))).Append("\">← ")
                .Append(Html.Encode(previous.Title)).Append("</a>");
        }

        body.Append("<span></span>");
        if (next is not null)
        {
            body.Append("<a rel=\"next\" href=\"").Append(Html.Encode(UrlOf(pathBase, next.Id))).Append("\">")
                .Append(Html.Encode(next.Title)).Append(" →</a>");
        }

        body.Append("</nav>\n");
    }

    private static string Document(string title, string body, string pathBase) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Encode(title)}</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="{Html.Encode(pathBase)}/webchat/sources.css">
        </head>
        <body>
        <div class="page">
        {body}
        </div>
        <script src="{Html.Encode(pathBase)}/webchat/sources.js"></script>
        </body>
        </html>
        """;
}
