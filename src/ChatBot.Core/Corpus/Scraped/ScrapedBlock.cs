namespace ChatBot.Core.Corpus.Scraped;

/// <summary>What a run of scraped lines turned out to be.</summary>
internal enum ScrapedBlockKind
{
    Heading,
    Paragraph,
    ListItem,
}

/// <summary>A heading, paragraph or list item rebuilt from scraped lines, with its source trace.</summary>
internal sealed record ScrapedBlock(ScrapedBlockKind Kind, TracedText Text);

/// <summary>A link's target title and (when the scraper kept one) the glossary abstract printed under it.</summary>
internal sealed record GlossaryHit(string Title, TracedText? Abstract);
