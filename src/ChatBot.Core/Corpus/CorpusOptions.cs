namespace ChatBot.Core.Corpus;

/// <summary>Where the corpus lives ("Corpus" section of appsettings.json).</summary>
public sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>Folder of *.txt and *.md files; relative paths are resolved with <see cref="Configuration.ContentPaths"/>.</summary>
    public string Folder { get; set; } = "corpus";
}
