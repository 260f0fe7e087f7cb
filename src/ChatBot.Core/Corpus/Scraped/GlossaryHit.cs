namespace ChatBot.Core.Corpus.Scraped;

/// <summary>A link's target title and (when the scraper kept one) the glossary abstract printed under it.</summary>
internal sealed record GlossaryHit(string Title, TracedText? Abstract);
