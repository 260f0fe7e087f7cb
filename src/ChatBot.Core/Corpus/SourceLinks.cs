namespace ChatBot.Core.Corpus;

/// <summary>
/// The one builder of source-viewer links: <c>/sources/{section id}</c> and <c>/sources/{section id}#p-{passage id}</c>,
/// used by citations, the source viewer's own pages and the bot's replies.
/// </summary>
/// <remarks>Section ids hold "/" between heading slugs: each segment is escaped on its own, so the slashes stay path separators.</remarks>
public static class SourceLinks
{
    /// <summary>Path of the source viewer's list of sections.</summary>
    public const string Root = "/sources";

    /// <summary>Prefix of a passage's anchor on its section's page.</summary>
    public const string AnchorPrefix = "p-";

    /// <summary>The viewer's path of a section, e.g. <c>/sources/leon-trotsky/exile</c>.</summary>
    public static string Section(string sectionId) =>
        Root + "/" + string.Join('/', sectionId.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The viewer's path of a passage: its section's page, scrolled to the passage's anchor.</summary>
    public static string Passage(string sectionId, string passageId) =>
        Section(sectionId) + "#" + AnchorPrefix + Uri.EscapeDataString(passageId);

    /// <summary><paramref name="path"/> under <paramref name="baseUrl"/> (which may have a path of its own); the path itself when no base is given.</summary>
    public static string Under(string? baseUrl, string path) =>
        string.IsNullOrWhiteSpace(baseUrl) ? path : baseUrl.TrimEnd('/') + path;
}
