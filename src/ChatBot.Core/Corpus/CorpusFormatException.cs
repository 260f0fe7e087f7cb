namespace ChatBot.Core.Corpus;

/// <summary>A corpus file whose format is broken or unsupported (an encrypted PDF, a zip that is not a DOCX); the message says which and why.</summary>
public sealed class CorpusFormatException : Exception
{
    public CorpusFormatException(string message)
        : base(message)
    {
    }

    public CorpusFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
