namespace ChatBot.Core.Corpus;

/// <summary>
/// Turns a file of a binary format (PDF, DOCX) into a cleaned document. A file it cannot use makes it throw
/// <see cref="CorpusFormatException"/> with a message for the person who owns the file; the loader skips the file.
/// </summary>
public interface ICorpusFileReader
{
    /// <summary>True when this reader takes files named like <paramref name="sourceFile"/> (by extension).</summary>
    bool CanRead(string sourceFile);

    /// <summary>Reads the file; <paramref name="sourceFile"/> is the path relative to the corpus folder.</summary>
    CorpusDocument Read(string sourceFile, byte[] bytes);
}
