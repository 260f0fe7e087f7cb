namespace ChatBot.Core.Corpus.Scraped;

/// <summary>What a run of scraped lines turned out to be.</summary>
internal enum ScrapedBlockKind
{
    Heading,
    Paragraph,
    ListItem,
}
