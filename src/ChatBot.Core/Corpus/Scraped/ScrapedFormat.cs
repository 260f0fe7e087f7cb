namespace ChatBot.Core.Corpus.Scraped;

/// <summary>Recognises the scraped-encyclopedia format from its content.</summary>
internal static class ScrapedFormat
{
    private const int MinLinkBlocks = 3;

    /// <summary>
    /// True when the page template's parts (Overview ... Encyclopedia, each on a line of its own) are present with at
    /// least one link block, or when the text holds several link blocks: a text line, a short title line, an abstract
    /// line, a blank line, and a line that goes on with white space, punctuation or a lower-case letter.
    /// </summary>
    public static bool Detect(string text)
    {
        var lines = SourceLine.Split(text);
        var blocks = CountLinkBlocks(lines);
        var hasOverview = lines.Take(10).Any(l => l.Text.Trim() == ScrapedDocumentBuilder.Overview);
        var hasEncyclopedia = lines.Any(l => l.Text.Trim() == ScrapedDocumentBuilder.Encyclopedia);
        return blocks >= MinLinkBlocks || (hasOverview && hasEncyclopedia && blocks >= 1);
    }

    private static int CountLinkBlocks(IReadOnlyList<SourceLine> lines)
    {
        var count = 0;
        for (var i = 0; i + 4 < lines.Count; i++)
        {
            var title = lines[i + 1].Text.Trim();
            var next = lines[i + 4].Text;
            if (!lines[i].IsBlank && title.Length is > 0 and <= 100 && !lines[i + 2].IsBlank
                && lines[i + 2].Text.Trim().Length > title.Length && lines[i + 3].IsBlank && !lines[i + 4].IsBlank
                && (char.IsWhiteSpace(next[0]) || char.IsLower(next[0]) || char.IsPunctuation(next[0])))
            {
                count++;
            }
        }

        return count;
    }
}
