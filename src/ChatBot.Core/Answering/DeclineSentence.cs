namespace ChatBot.Core.Answering;

/// <summary>
/// The one sentence that says the text does not hold the answer: the Answer prompt tells the model to reply with it
/// exactly (it is passed to the template as {{$decline}}), the offline answerer opens its declines with it, and a model
/// reply that is this sentence is a decline, never a cited claim.
/// </summary>
public static class DeclineSentence
{
    /// <summary>The decline, word for word.</summary>
    public const string Text = "I couldn't find that in the text.";

    /// <summary>
    /// Whether <paramref name="sentence"/> is the decline sentence, allowing only what a model adds around an exact
    /// reply: quotes, white space, a typographic apostrophe, a missing full stop, letter case.
    /// </summary>
    public static bool Is(string? sentence) =>
        sentence is not null && string.Equals(Normalise(sentence), Normalise(Text), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text)
    {
        var trimmed = text.Trim().Trim('"', '“', '”', '\'', '‘', '’', '*', '`', ' ').Replace('’', '\'').Replace('‘', '\'');
        return string.Join(' ', trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', ' ');
    }
}
