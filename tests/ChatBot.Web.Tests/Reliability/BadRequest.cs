namespace ChatBot.Web.Tests.Reliability;

/// <summary>One hostile or broken request: what it is (for the failure message), its body bytes and content type.</summary>
public sealed record BadRequest(string Kind, byte[] Body, string? ContentType = "application/json")
{
    /// <summary>Id of the activity in the body, when it carries one whose reply can be awaited.</summary>
    public string? ActivityId { get; init; }

    public override string ToString()
    {
        var preview = System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 160)).ReplaceLineEndings(" ");
        return $"{Kind} ({Body.Length:N0} bytes): {preview}";
    }
}
