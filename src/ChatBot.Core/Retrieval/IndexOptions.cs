namespace ChatBot.Core.Retrieval;

/// <summary>The "Index" configuration section.</summary>
public sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>Folder of the on-disk snapshot (embeddings of the passages); relative paths resolve against the current directory.</summary>
    public string Folder { get; set; } = ".chatbot/index";
}
