namespace ChatBot.Core.Corpus;

/// <summary>The file types the corpus is read from: one list, used by the loader and by the folder watcher.</summary>
public static class CorpusFormats
{
    /// <summary>Extensions (lower case, with the dot) of the files the loader reads.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx",
    };

    /// <summary>True when the loader reads files named like <paramref name="path"/>.</summary>
    public static bool IsCorpusFile(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>The extensions as people read them, for messages: ".txt, .md, …".</summary>
    public static string Names => string.Join(", ", Extensions);
}
