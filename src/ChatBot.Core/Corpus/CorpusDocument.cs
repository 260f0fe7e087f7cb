namespace ChatBot.Core.Corpus;

/// <summary>One source file, read and cleaned: its sections in reading order, glossary entries last.</summary>
public sealed record CorpusDocument(string SourceFile, string Title, IReadOnlyList<Section> Sections);
