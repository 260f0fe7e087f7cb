using ChatBot.Core.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Selection;

/// <summary>Phrasings in a sentence that an answer type can be checked against.</summary>
[Flags]
public enum SentenceCues
{
    None = 0,
    Cause = 1,
    Gloss = 2,
    Quotation = 4,
    Money = 8,
    DayAndMonth = 16,
}

/// <summary>
/// What a sentence states that a question may ask for, as folded words so that a feature can tell whether the question
/// already gives it: years, months, other numbers, names, and the names that follow a place preposition.
/// </summary>
public sealed record SentenceFacts(
    SentenceCues Cues,
    IReadOnlySet<string> Years,
    IReadOnlySet<string> Months,
    IReadOnlySet<string> Numbers,
    IReadOnlySet<string> Names,
    IReadOnlySet<string> PlaceNames);

/// <summary>Reads <see cref="SentenceFacts"/> off a sentence with generic English patterns.</summary>
public static partial class SentenceFactReader
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "to", "from", "near", "into", "outside", "across", "toward", "towards", "via", "of",
    };

    /// <summary>The facts of <paramref name="sentence"/>; <paramref name="isName"/> says whether a folded word is one the corpus writes as a name.</summary>
    public static SentenceFacts Read(string sentence, Func<string, bool> isName)
    {
        var cues = SentenceCues.None;
        cues |= Cause().IsMatch(sentence) ? SentenceCues.Cause : 0;
        cues |= Gloss().IsMatch(sentence) ? SentenceCues.Gloss : 0;
        cues |= QuoteMark().IsMatch(sentence) ? SentenceCues.Quotation : 0;
        cues |= Money().IsMatch(sentence) ? SentenceCues.Money : 0;
        cues |= DayMonth().IsMatch(sentence) ? SentenceCues.DayAndMonth : 0;

        var years = Year().Matches(sentence).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var months = MonthName().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var numbers = Number().Matches(sentence).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)).Where(n => !years.Contains(n))
            .Concat(NumberWord().Matches(sentence).Select(m => m.Value.ToLowerInvariant()))
            .ToHashSet(StringComparer.Ordinal);

        var names = new HashSet<string>(StringComparer.Ordinal);
        var places = new HashSet<string>(StringComparer.Ordinal);
        var previous = string.Empty;
        var first = true;
        foreach (Match word in Word().Matches(sentence))
        {
            var folded = TextAnalyzer.Fold(word.Value);
            if (!first && char.IsUpper(word.Value[0]) && !months.Contains(folded) && isName(folded))
            {
                names.Add(folded);
                if (PlacePrepositions.Contains(previous))
                {
                    places.Add(folded);
                }
            }

            first = false;

            // "in the Bronx": the article does not break the preposition's hold.
            previous = folded == "the" && PlacePrepositions.Contains(previous) ? previous : folded;
        }

        return new SentenceFacts(cues, years, months, numbers, names, places);
    }

    [GeneratedRegex(@"\b1[0-9]{3}\b|\b20[0-9]{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\d[\d,.]*\d|\d")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"[$£€¥]\s?\d|\d[\d,.]*\s?(dollars?|rubles?|roubles?|pounds?|francs?|marks?|pesos?|crowns?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(because|since|due to|owing to|as a result|in order to|so as to|so that|to avoid|to prevent|for fear|in protest|the reason|led to|caused|cause of|died of|died from|on (the )?grounds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cause();

    [GeneratedRegex(@"\b(meaning|means|meant|literally|translated|translates|stands for|refers to|named after|named for|known as|called)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Gloss();

    [GeneratedRegex(@"[""“”«»'‘’]\p{L}|[""“”«»]")]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
