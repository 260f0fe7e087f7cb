namespace ChatBot.Core.Answering;

/// <summary>Offline handling of follow-ups: a question that leans on the conversation is searched together with the previous question.</summary>
internal static class FollowUpQuestion
{
    // Words that point back into the conversation ("whose guest was he there?").
    private static readonly HashSet<string> Anaphora = new(StringComparer.Ordinal)
    {
        "he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "there", "that", "this", "those",
        "these", "then", "the same", "former", "latter",
    };

    /// <summary>The earlier question the follow-up leans on, or null when <paramref name="question"/> stands on its own.</summary>
    public static string? ContextOf(string question, IReadOnlyList<string> history)
    {
        var previous = history.LastOrDefault(h => !string.IsNullOrWhiteSpace(h));
        if (previous is null)
        {
            return null;
        }

        var tokens = ContentWords.Tokens(question).ToList();
        var leansBack = tokens.Any(Anaphora.Contains) || ContentWords.Of(question).Count <= 2;
        return leansBack ? previous.Trim() : null;
    }

    /// <summary>The search query: the previous question and the follow-up together, or the question alone.</summary>
    public static string QueryOf(string question, string? context) => context is null ? question : $"{context} {question}";
}
