namespace ChatBot.Core.Corpus;

/// <summary>What a section holds: the article itself, quotations, or a glossary abstract of a linked term.</summary>
public enum SectionKind
{
    Article,
    Quotations,
    Glossary,
}
