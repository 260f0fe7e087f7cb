namespace ChatBot.Core.Retrieval;

/// <summary>Makes a follow-up question searchable on its own by prefixing the previous user turn ("who was she married to?" → "Did Trotsky have a younger sister? who was she married to?").</summary>
public static class FollowUpQueryExpander
{
    /// <summary>The query to search for <paramref name="question"/> given the earlier user turns (oldest first).</summary>
    public static string Expand(string question, IReadOnlyList<string>? history)
    {
        ArgumentNullException.ThrowIfNull(question);
        var previous = history?.LastOrDefault(h => !string.IsNullOrWhiteSpace(h));
        return previous is null ? question.Trim() : $"{previous.Trim()} {question.Trim()}";
    }
}
