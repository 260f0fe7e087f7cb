namespace ChatBot.Core.Corpus.Scraped;

/// <summary>A heading, paragraph or list item rebuilt from scraped lines, with its source trace.</summary>
internal sealed record ScrapedBlock(ScrapedBlockKind Kind, TracedText Text);
