using System.ComponentModel.DataAnnotations;

namespace ChatBot.Web.Api;

/// <summary>The "Api" section: limits of POST /api/ask.</summary>
public sealed class AskApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Questions one client address may ask per minute (429 with Retry-After beyond); refused bodies (400) do not count.</summary>
    [Range(1, 1_000_000)]
    public int AskPerMinutePerClient { get; set; } = 60;
}
