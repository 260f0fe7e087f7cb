namespace ChatBot.Core.Corpus;

/// <summary>Turns the text of one corpus file into a cleaned document, when it recognises the file's format.</summary>
public interface ICorpusReader
{
    /// <summary>True when this reader understands the file (decided from its extension and content, not its name).</summary>
    bool CanRead(string sourceFile, string text);

    /// <summary>Reads the file; <paramref name="sourceFile"/> is the path relative to the corpus folder.</summary>
    CorpusDocument Read(string sourceFile, string text);
}
