using System.Text.RegularExpressions;

namespace ChatBot.Core.Corpus.Scraped;

/// <summary>
/// Turns a scraped encyclopedia page into sections: the page's own parts (Overview, Quotations, Encyclopedia), the
/// Encyclopedia heading tree, the trailing appendix sections at top level, and one glossary entry per link target.
/// </summary>
internal sealed partial class ScrapedDocumentBuilder
{
    public const string Overview = "Overview";
    public const string Quotations = "Quotations";
    public const string Encyclopedia = "Encyclopedia";
    public const string Glossary = "Glossary";

    /// <summary>The page template's parts, in the order the scraper prints them.</summary>
    public static readonly IReadOnlyList<string> PartNames = [Overview, Quotations, Encyclopedia];

    private readonly string _sourceFile;
    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly ScrapedBlockParser _parser;
    private readonly SectionIdAllocator _ids = new();
    private readonly string _prefix;
    private readonly List<Section> _sections = [];

    public ScrapedDocumentBuilder(string sourceFile, string text)
    {
        _sourceFile = sourceFile;
        _lines = SourceLine.Split(text);
        _parser = new ScrapedBlockParser(_lines);
        _prefix = SectionIdAllocator.FilePrefix(sourceFile);
    }

    public CorpusDocument Build()
    {
        var titleIndex = 0;
        while (titleIndex < _lines.Count && _lines[titleIndex].IsBlank)
        {
            titleIndex++;
        }

        var title = titleIndex < _lines.Count ? _lines[titleIndex].Text.Trim() : Path.GetFileNameWithoutExtension(_sourceFile);
        var parts = FindParts(titleIndex + 1);
        IReadOnlyList<TracedText> overview = [];
        if (parts.Count == 0)
        {
            // No page template: the whole body is an article whose headings are top level.
            AddArticle(_parser.Parse(titleIndex + 1, _lines.Count, detectHeadings: true), root: null, overview);
        }

        for (var p = 0; p < parts.Count; p++)
        {
            var (name, index) = parts[p];
            var from = index + 1;
            var to = p + 1 < parts.Count ? parts[p + 1].Index : _lines.Count;
            switch (name)
            {
                case Overview:
                    var blocks = _parser.Parse(from, to, detectHeadings: false);
                    overview = [.. blocks.Select(b => b.Text)];
                    AddSection([Overview], SectionKind.Article, blocks);
                    break;
                case Quotations:
                    AddQuotations(_parser.Parse(from, to, detectHeadings: false));
                    break;
                default:
                    AddArticle(_parser.Parse(from, to, detectHeadings: true), root: name, overview);
                    break;
            }
        }

        AddGlossary();
        return new CorpusDocument(_sourceFile, title, _sections);
    }

    /// <summary>Finds the template's part headings (each a line of its own, in template order) after the title.</summary>
    private List<(string Name, int Index)> FindParts(int from)
    {
        var parts = new List<(string, int)>();
        var next = 0;
        for (var i = from; i < _lines.Count && next < PartNames.Count; i++)
        {
            for (var k = next; k < PartNames.Count; k++)
            {
                if (_lines[i].Text.Trim() == PartNames[k])
                {
                    parts.Add((PartNames[k], i));
                    next = k + 1;
                    break;
                }
            }
        }

        return parts;
    }

    private void AddSection(IReadOnlyList<string> path, SectionKind kind, IEnumerable<ScrapedBlock> blocks)
    {
        var paragraphs = blocks
            .Where(b => b.Kind != ScrapedBlockKind.Heading && !IsJunk(b.Text.Text))
            .Select(b => b.Text.ToParagraph(b.Kind == ScrapedBlockKind.ListItem))
            .ToList();
        AddSection(path, kind, paragraphs);
    }

    private void AddSection(IReadOnlyList<string> path, SectionKind kind, IReadOnlyList<Paragraph> paragraphs)
    {
        var prefix = kind == SectionKind.Glossary ? "glossary" : _prefix;
        _sections.Add(new Section(_ids.Allocate(prefix, path[^1]), path, kind, _sourceFile, paragraphs));
    }

    /// <summary>Each quotation paragraph is followed by its attribution paragraph: keep the two as one, "quote — attribution".</summary>
    private void AddQuotations(List<ScrapedBlock> blocks)
    {
        var texts = blocks.Select(b => b.Text).Where(t => !IsJunk(t.Text)).ToList();
        var paragraphs = new List<Paragraph>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (i + 1 < texts.Count && IsAttribution(texts[i + 1].Text))
            {
                paragraphs.Add(texts[i].Concat(" — ", texts[i + 1]).ToParagraph());
                i++;
            }
            else
            {
                paragraphs.Add(texts[i].ToParagraph());
            }
        }

        AddSection([Quotations], SectionKind.Quotations, paragraphs);
    }

    /// <summary>
    /// Builds the heading tree of the article part: a heading directly followed by another heading is a group whose
    /// following headings nest under it; the trailing sections whose bodies are only lists, empty or licence boilerplate
    /// (Trotsky in art, Selected works, See also, External links) are top level.
    /// </summary>
    private void AddArticle(List<ScrapedBlock> blocks, string? root, IReadOnlyList<TracedText> overview)
    {
        var lead = new List<ScrapedBlock>();
        var headed = new List<(string Title, List<ScrapedBlock> Body)>();
        foreach (var block in blocks)
        {
            if (block.Kind == ScrapedBlockKind.Heading)
            {
                headed.Add((block.Text.Text, []));
            }
            else if (headed.Count == 0)
            {
                lead.Add(block);
            }
            else
            {
                headed[^1].Body.Add(block);
            }
        }

        if (root is not null)
        {
            AddSection([root], SectionKind.Article, DropRepeatedOverview(lead, overview));
        }
        else if (lead.Count > 0)
        {
            AddSection([Path.GetFileNameWithoutExtension(_sourceFile)], SectionKind.Article, lead);
        }

        var appendixStart = headed.Count;
        while (appendixStart > 0 && IsAppendix(headed[appendixStart - 1].Body))
        {
            appendixStart--;
        }

        string? group = null;
        for (var h = 0; h < headed.Count; h++)
        {
            var (title, body) = headed[h];
            var path = new List<string>();
            if (h >= appendixStart)
            {
                path.Add(title);
            }
            else
            {
                if (root is not null)
                {
                    path.Add(root);
                }

                var isGroup = body.Count == 0 && h + 1 < appendixStart;
                if (isGroup)
                {
                    group = title;
                }
                else if (group is not null)
                {
                    path.Add(group);
                }

                path.Add(title);
            }

            AddSection(path, SectionKind.Article, body);
        }
    }

    /// <summary>The article's lead repeats the Overview: drop equal paragraphs, and the repeated beginning of longer ones.</summary>
    private static List<ScrapedBlock> DropRepeatedOverview(List<ScrapedBlock> lead, IReadOnlyList<TracedText> overview)
    {
        var kept = new List<ScrapedBlock>();
        foreach (var block in lead)
        {
            var text = block.Text;
            foreach (var repeated in overview)
            {
                if (text.Text == repeated.Text)
                {
                    text = null;
                    break;
                }

                if (text.Text.StartsWith(repeated.Text + " ", StringComparison.Ordinal))
                {
                    var cut = repeated.Text.Length + 1;
                    text = text.Slice(cut, text.Text.Length - cut);
                    break;
                }
            }

            if (text is not null)
            {
                kept.Add(block with { Text = text });
            }
        }

        return kept;
    }

    private void AddGlossary()
    {
        var entries = new Dictionary<string, (string Title, TracedText Abstract)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var hit in _parser.Glossary)
        {
            if (hit.Abstract is null || IsJunk(hit.Abstract.Text))
            {
                continue;
            }

            if (!entries.TryGetValue(hit.Title, out var existing))
            {
                entries[hit.Title] = (hit.Title, hit.Abstract);
                order.Add(hit.Title);
            }
            else if (hit.Abstract.Text.Length > existing.Abstract.Text.Length)
            {
                entries[hit.Title] = (existing.Title, hit.Abstract);
            }
        }

        foreach (var key in order)
        {
            var (title, abstractText) = entries[key];
            AddSection([Glossary, title], SectionKind.Glossary, [abstractText.ToParagraph()]);
        }
    }

    private static bool IsAppendix(List<ScrapedBlock> body) =>
        body.Count == 0
        || body.All(b => b.Kind == ScrapedBlockKind.ListItem || IsJunk(b.Text.Text))
        || body.All(b => IsBoilerplate(b.Text.Text) || IsJunk(b.Text.Text));

    private static bool IsAttribution(string text) =>
        text.Length <= 300
        && (AttributionMarker().IsMatch(text))
        && (!EndsSentence(text) || PageReferenceAtEnd().IsMatch(text));

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '”', '\'', '’', ')');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…';
    }

    /// <summary>Scraper debris such as a lone "x" or a stray bullet: fewer than two letters or digits.</summary>
    private static bool IsJunk(string text) => text.Count(char.IsLetterOrDigit) < 2;

    private static bool IsBoilerplate(string text) => Boilerplate().IsMatch(text);

    [GeneratedRegex(@"\b1\d{3}\b|\b20\d{2}\b|\bquoted\b|\b(p|pp|ch)\.\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionMarker();

    [GeneratedRegex(@"\b(p|pp|ch)\.\s*\d+\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageReferenceAtEnd();

    [GeneratedRegex(@"licen[cs]ed under|source of this article|free documentation license|creative commons", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();
}
