using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Reads an HTML page with AngleSharp: h1–h6 make the section tree; the text of block elements (p, li, td, blockquote,
/// pre, div…) becomes paragraphs, list items with a leading "• "; script, style, nav, noscript, template and similar
/// elements are dropped. The title is the first h1, else the page's title. Offsets index the extracted text.
/// </summary>
public sealed class HtmlCorpusReader : ICorpusReader
{
    // Not text a reader of the page reads: code, styling, site navigation, embedded objects.
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "head", "button", "select", "form",
    };

    // Elements that end the paragraph before them and start a new one.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "main", "header", "footer", "aside",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "address", "details", "summary", "hr", "body", "center",
    };

    private static readonly HtmlParser Parser = new();

    public bool CanRead(string sourceFile, string text) =>
        Path.GetExtension(sourceFile).ToLowerInvariant() is ".html" or ".htm";

    public CorpusDocument Read(string sourceFile, string text)
    {
        using var document = Parser.ParseDocument(text);
        var builder = new SectionTreeBuilder(sourceFile);
        var walker = new Walker(builder);
        walker.Walk(document.Body ?? (INode)document.DocumentElement);
        walker.Flush();
        builder.SetTitle(document.Title);
        return builder.Build();
    }

    private sealed class Walker(SectionTreeBuilder builder)
    {
        private readonly StringBuilder text = new();
        private int listDepth;

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText piece:
                        text.Append(piece.Data);
                        break;
                    case IElement element:
                        Element(element);
                        break;
                }
            }
        }

        public void Flush()
        {
            builder.Paragraph(text.ToString(), isListItem: listDepth > 0);
            text.Clear();
        }

        private void Element(IElement element)
        {
            var tag = element.LocalName;
            if (Dropped.Contains(tag) || element.HasAttribute("hidden"))
            {
                return;
            }

            if (tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6')
            {
                Flush();
                builder.Heading(tag[1] - '0', element.TextContent);
                return;
            }

            if (tag == "br")
            {
                text.Append(' ');
                return;
            }

            if (!Blocks.Contains(tag))
            {
                Walk(element);
                return;
            }

            Flush();
            var isItem = tag == "li";
            listDepth += isItem ? 1 : 0;
            Walk(element);
            Flush();
            listDepth -= isItem ? 1 : 0;
        }
    }
}
