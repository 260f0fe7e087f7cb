using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Reads a Markdown file with Markdig (CommonMark): ATX and setext headings make the section tree, text before the
/// first heading goes to a section named after the file, list items keep a leading "• ", fenced and indented code is
/// one paragraph, inline markup (links, emphasis, code ticks, HTML) is dropped and its text kept. Every character keeps
/// the offset of the source character it came from.
/// </summary>
public sealed class MarkdownCorpusReader : ICorpusReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public bool CanRead(string sourceFile, string text) =>
        Path.GetExtension(sourceFile).ToLowerInvariant() is ".md" or ".markdown";

    public CorpusDocument Read(string sourceFile, string text)
    {
        var builder = new SectionTreeBuilder(sourceFile);
        Walk(Markdown.Parse(text, Pipeline), builder, listMarker: null);
        return builder.Build();
    }

    private static void Walk(ContainerBlock container, SectionTreeBuilder builder, int? listMarker)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    builder.Heading(heading.Level, Trace(heading.Inline, null).Build().Text);
                    break;
                case ParagraphBlock paragraph:
                    builder.Paragraph(Trace(paragraph.Inline, listMarker).Build(), listMarker is not null);
                    listMarker = null; // further paragraphs of the same item are plain paragraphs
                    break;
                case CodeBlock code:
                    builder.Paragraph(TraceLines(code, listMarker).Build(), listMarker is not null);
                    listMarker = null;
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        Walk(item, builder, item.Span.Start);
                    }

                    break;
                case ContainerBlock inner:
                    // Block quotes and the like: their paragraphs are the document's.
                    Walk(inner, builder, listMarker);
                    break;
            }
        }
    }

    private static TracedTextBuilder Trace(ContainerInline? inlines, int? listMarker)
    {
        var text = new TracedTextBuilder();
        if (listMarker is { } marker)
        {
            text.Append("• ", marker);
        }

        Append(text, inlines);
        return text;
    }

    private static void Append(TracedTextBuilder text, ContainerInline? inlines)
    {
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendAt(text, literal.Content.ToString(), literal.Span);
                    break;
                case CodeInline code:
                    AppendAt(text, code.Content, new SourceSpan(code.Span.Start + code.DelimiterCount, code.Span.End - code.DelimiterCount));
                    break;
                case LineBreakInline lineBreak:
                    text.Append(" ", lineBreak.Span.Start);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString(), Enumerable.Repeat(entity.Span.Start, entity.Transcoded.Length).ToArray());
                    break;
                case AutolinkInline link:
                    AppendAt(text, link.Url, new SourceSpan(link.Span.Start + 1, link.Span.End - 1));
                    break;
                case ContainerInline container:
                    // Links, images (their alt text), emphasis: the words stay, the markup goes.
                    Append(text, container);
                    break;
            }
        }
    }

    // A literal whose source is longer than its text (an escape such as \*) points every character at its start.
    private static void AppendAt(TracedTextBuilder text, string value, SourceSpan span)
    {
        if (span.Length == value.Length)
        {
            text.Append(value, span.Start);
        }
        else
        {
            text.Append(value, Enumerable.Repeat(Math.Max(0, span.Start), value.Length).ToArray());
        }
    }

    private static TracedTextBuilder TraceLines(CodeBlock code, int? listMarker)
    {
        var text = new TracedTextBuilder();
        if (listMarker is { } marker)
        {
            text.Append("• ", marker);
        }

        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            if (i > 0)
            {
                text.Append(" ", slice.Start);
            }

            text.Append(slice.ToString(), slice.Start);
        }

        return text;
    }
}
