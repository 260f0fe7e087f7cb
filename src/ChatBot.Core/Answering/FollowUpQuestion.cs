using ChatBot.Core.Text;
namespace ChatBot.Core.Answering;

/// <summary>Offline handling of follow-ups: decides whether a question leans on the conversation, so that it is searched together with the previous question (FollowUpQueryExpander).</summary>
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

        // Pronouns point back; so does a very short question that names nothing ("who plays the lead?"), unlike "When did Lenin die?".
        var tokens = TextAnalyzer.Tokens(question).ToList();
        var namesSomething = question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(w => char.IsUpper(w[0]));
        var leansBack = tokens.Any(Anaphora.Contains) || (TextAnalyzer.Terms(question).Count <= 2 && !namesSomething);
        return leansBack ? previous.Trim() : null;
    }
}
