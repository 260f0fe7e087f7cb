using System.ComponentModel.DataAnnotations;

namespace ChatBot.Web.Bots;

/// <summary>The "Bot" section: limits and wording of the Bot Framework bot.</summary>
/// <remarks>
/// The wording that names what the bot knows (welcome, help, example questions) is configuration, set for the shipped
/// corpus in appsettings.json; the defaults here name no corpus. The longest question is <see cref="Core.Answering.AnswerLimits.MaxQuestionLength"/>
/// and the host's public address is Answering:PublicBaseUrl, each defined once for every front end.
/// </remarks>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>How many earlier questions of a conversation are kept and passed to the answer service.</summary>
    [Range(0, 50)]
    public int HistoryLength { get; set; } = 5;

    /// <summary>Messages one conversation may send per minute before the bot asks it to slow down.</summary>
    [Range(1, 10_000)]
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>How long an answer may take before the bot shows it is typing; zero shows it at once, for every question.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Where answers stream (Teams one-to-one chats, Web Chat), the shortest time between two updates of a growing answer:
    /// Teams throttles a bot that streams faster than about one update a second, and Web Chat polls once a second.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan StreamingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The informative update shown while an answer is looked for (Teams: the progress bar), at most 1,000 characters.</summary>
    [Required, StringLength(1000, MinimumLength = 1)]
    public string Searching { get; set; } = "Searching the text…";

    /// <summary>Sent when someone joins the conversation, above the example questions; plain text (Teams shows it so).</summary>
    [Required, StringLength(1000, MinimumLength = 1)]
    public string Welcome { get; set; } =
        "Hi! I answer questions about the text I was given, and I cite the passages my answers come from as numbered sources. "
        + "Ask me something, or type \"help\".";

    /// <summary>Sent for "help", above the example questions; plain text.</summary>
    [Required, StringLength(2000, MinimumLength = 1)]
    public string Help { get; set; } =
        "Ask me a question about the text in your own words. I answer only from the text, with a numbered source for each claim, "
        + "or tell you when the text doesn't say. Follow-up questions are fine: I remember your last few questions. "
        + "Type \"sources\" for the sections I know, or \"reset\" to make me forget this conversation's earlier questions.";

    /// <summary>Up to three example questions offered as suggested actions in the welcome and in help; none by default.</summary>
    public List<string> ExampleQuestions { get; set; } = [];
}
