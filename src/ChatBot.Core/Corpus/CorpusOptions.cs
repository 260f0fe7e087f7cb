namespace ChatBot.Core.Corpus;

/// <summary>Where the corpus lives and how a running host follows it ("Corpus" section of appsettings.json).</summary>
public sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>Folder of corpus files; relative paths are resolved with <see cref="Configuration.ContentPaths"/>.</summary>
    public string Folder { get; set; } = "corpus";

    /// <summary>Whether the host watches the folder and rebuilds the index in the background when a file changes.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after the last change before the rebuild starts, so an editor's several writes make one rebuild.</summary>
    public int WatchDebounceMilliseconds { get; set; } = 500;
}
