namespace ChatBot.Web.Indexing;

/// <summary>The "Admin" configuration section: the key that operator endpoints require.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Bearer key of POST /admin/reindex; empty (the default) turns the admin endpoints off (404).</summary>
    public string ApiKey { get; set; } = "";
}
