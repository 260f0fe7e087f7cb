using ChatBot.Core.Corpus.Scraped;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Reads a scraped encyclopedia page (link title / glossary abstract lines inserted after every link, page parts
/// Overview, Quotations, Encyclopedia) into clean article sections and glossary entries. See docs/CORPUS.md.
/// </summary>
public sealed class ScrapedEncyclopediaReader : ICorpusReader
{
    public bool CanRead(string sourceFile, string text) =>
        PlainTextCorpusReader.IsTextFile(sourceFile) && ScrapedFormat.Detect(text);

    public CorpusDocument Read(string sourceFile, string text) => new ScrapedDocumentBuilder(sourceFile, text).Build();
}
