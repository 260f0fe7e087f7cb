namespace ChatBot.Core.Corpus.Scraped;

/// <summary>
/// Rebuilds paragraphs from scraped lines. The scraper prints every hyperlinked term as: the text up to and including the
/// anchor; a line with the link's target title; usually a line with a glossary abstract; a blank line; then the rest of
/// the sentence on the next line (starting with white space, punctuation or a lower-case word fragment). Inside a bullet
/// list ("  • ") the inserted lines and the continuations are indented by four spaces.
/// </summary>
internal sealed class ScrapedBlockParser(IReadOnlyList<SourceLine> lines)
{
    private const string Bullet = "  • ";
    private const string ListIndent = "    ";
    private const int MaxTitleLength = 100;
    private const int MaxHeadingLength = 120;

    public List<GlossaryHit> Glossary { get; } = [];

    /// <summary>Parses lines [from, to); with <paramref name="detectHeadings"/> a line standing alone between blank lines is a heading.</summary>
    public List<ScrapedBlock> Parse(int from, int to, bool detectHeadings)
    {
        var blocks = new List<ScrapedBlock>();
        var i = from;
        while (i < to)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                i++;
                continue;
            }

            if (IsBullet(line))
            {
                blocks.Add(new ScrapedBlock(ScrapedBlockKind.ListItem, ReadRun(ref i, to, isList: true)));
                continue;
            }

            var afterBlank = i == from || lines[i - 1].IsBlank;
            if (detectHeadings && afterBlank && IsHeadingLike(i, to))
            {
                var builder = new TracedTextBuilder();
                builder.Append(line.Text, line.Start);
                blocks.Add(new ScrapedBlock(ScrapedBlockKind.Heading, builder.Build()));
                i++;
                continue;
            }

            blocks.Add(new ScrapedBlock(ScrapedBlockKind.Paragraph, ReadRun(ref i, to, isList: false)));
        }

        return blocks;
    }

    /// <summary>Reads one paragraph or list item starting at line i, skipping inserted link lines; leaves i after it.</summary>
    private TracedText ReadRun(ref int i, int to, bool isList)
    {
        var builder = new TracedTextBuilder();
        var first = lines[i];
        // Keep the bullet itself ("• ...") so list items read as list items wherever they are shown.
        var skip = isList ? Bullet.Length - 2 : 0;
        builder.Append(first.Text[skip..], first.Start + skip);
        i++;

        while (i < to)
        {
            var next = lines[i];
            if (next.IsBlank || IsBullet(next))
            {
                break;
            }

            if (IsLinkTitle(i, to, builder.Tail, isList))
            {
                i = SkipLinkBlock(i, to, isList);
                if (i < to && IsContinuation(lines[i], isList))
                {
                    var (text, offset) = Unindent(lines[i], isList);
                    builder.AppendContinuation(text, offset);
                    i++;
                    continue;
                }

                break;
            }

            // A line break inside a sentence with no link block (the text stops at a comma, or the next line goes on in
            // lower case): same paragraph.
            var (plain, plainOffset) = Unindent(next, isList);
            if (plain.Length > 0 && (char.IsLower(plain[0]) || builder.Tail.EndsWith(',')))
            {
                builder.AppendContinuation(plain, plainOffset);
                i++;
                continue;
            }

            break;
        }

        return builder.Build();
    }

    /// <summary>Consumes title, optional abstract and the blank line after them; records the glossary hit.</summary>
    private int SkipLinkBlock(int i, int to, bool isList)
    {
        var title = Normalise(lines[i].Text);
        i++;
        TracedText? abstractText = null;
        if (i < to && !lines[i].IsBlank && !IsBullet(lines[i]))
        {
            var (text, offset) = Unindent(lines[i], isList);
            var builder = new TracedTextBuilder();
            builder.Append(text, offset);
            abstractText = builder.Build();
            i++;
        }

        Glossary.Add(new GlossaryHit(title, abstractText));
        if (i < to && lines[i].IsBlank)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The line after a text line is a link title when the text does not end a sentence or clause (an anchor ends in a
    /// word), the line is short, and it is followed by a blank line, or by one more line (the abstract) and a blank line.
    /// </summary>
    private bool IsLinkTitle(int i, int to, string tail, bool isList)
    {
        if (tail.Length == 0 || EndsClause(tail))
        {
            return false;
        }

        var line = lines[i];
        if (isList && !line.Text.StartsWith(ListIndent, StringComparison.Ordinal))
        {
            return false;
        }

        var title = line.Text.Trim();
        if (title.Length == 0 || title.Length > MaxTitleLength)
        {
            return false;
        }

        var blankAfter = i + 1 >= to || lines[i + 1].IsBlank;
        var abstractThenBlank = i + 1 < to && !lines[i + 1].IsBlank && !IsBullet(lines[i + 1])
            && (i + 2 >= to || lines[i + 2].IsBlank);
        return blankAfter || abstractThenBlank;
    }

    /// <summary>The rest of a sentence starts with white space, punctuation or a lower-case letter, never a capital or digit.</summary>
    private static bool IsContinuation(SourceLine line, bool isList)
    {
        if (line.IsBlank || IsBullet(line))
        {
            return false;
        }

        var (text, _) = Unindent(line, isList);
        if (text.Length == 0)
        {
            return false;
        }

        var first = text[0];
        return char.IsWhiteSpace(first) || char.IsLower(first) || (!char.IsLetterOrDigit(first));
    }

    private bool IsHeadingLike(int i, int to)
    {
        var text = lines[i].Text;
        var trimmed = Normalise(text);
        if (trimmed.Length == 0 || trimmed.Length > MaxHeadingLength || char.IsWhiteSpace(text[0]))
        {
            return false;
        }

        if (!(char.IsUpper(trimmed[0]) || char.IsDigit(trimmed[0])) || trimmed[^1] is '.' or ',' or ';' or ':')
        {
            return false;
        }

        return i + 1 >= to || lines[i + 1].IsBlank;
    }

    private static bool EndsClause(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && text[end] is ')' or ']' or '"' or '\'' or '”' or '’')
        {
            end--;
        }

        return end >= 0 && text[end] is '.' or '!' or '?' or ':' or ';' or ',' or '…';
    }

    private static bool IsBullet(SourceLine line) => line.Text.StartsWith(Bullet, StringComparison.Ordinal);

    private static (string Text, int Offset) Unindent(SourceLine line, bool isList) =>
        isList && line.Text.StartsWith(ListIndent, StringComparison.Ordinal)
            ? (line.Text[ListIndent.Length..], line.Start + ListIndent.Length)
            : (line.Text, line.Start);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
