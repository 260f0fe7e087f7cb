using System.ComponentModel.DataAnnotations;

namespace ChatBot.Web.Bots;

/// <summary>The "Bot" section: limits and wording of the Bot Framework bot.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Questions offered in the welcome and in help when <see cref="ExampleQuestions"/> is not configured.</summary>
    public static readonly IReadOnlyList<string> DefaultExampleQuestions =
    [
        "Who let Trotsky into Norway?",
        "Why was Trotsky expelled from the Communist Party?",
        "What was the Left Opposition?",
    ];

    /// <summary>Longest question answered; a longer message gets a polite reply instead.</summary>
    [Range(1, 100_000)]
    public int MaxQuestionLength { get; set; } = 2000;

    /// <summary>How many earlier questions of a conversation are kept and passed to the answer service.</summary>
    [Range(0, 50)]
    public int HistoryLength { get; set; } = 5;

    /// <summary>Messages one conversation may send per minute before the bot asks it to slow down.</summary>
    [Range(1, 10_000)]
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>Where the host runs on this machine by default; the source links' base when no public base URL is set.</summary>
    public const string LocalBaseUrl = "http://localhost:3978";

    /// <summary>
    /// Absolute base for the source links in citations, since Teams and Web Chat need absolute URLs. Empty (the default):
    /// Answering:PublicBaseUrl, the one setting for the host's public address, else <see cref="LocalBaseUrl"/>.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>Whether <see cref="PublicBaseUrl"/> is empty or an absolute http(s) URL.</summary>
    public bool HasValidPublicBaseUrl =>
        string.IsNullOrWhiteSpace(PublicBaseUrl)
        || (Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    /// <summary>The base in effect: <see cref="PublicBaseUrl"/>, or <see cref="LocalBaseUrl"/> when it is empty.</summary>
    public string EffectivePublicBaseUrl => string.IsNullOrWhiteSpace(PublicBaseUrl) ? LocalBaseUrl : PublicBaseUrl;

    /// <summary>Three example questions offered as suggested actions; empty means <see cref="DefaultExampleQuestions"/>.</summary>
    public List<string> ExampleQuestions { get; set; } = [];

    /// <summary>The example questions in effect.</summary>
    public IReadOnlyList<string> EffectiveExampleQuestions => ExampleQuestions.Count > 0 ? ExampleQuestions : DefaultExampleQuestions;
}
