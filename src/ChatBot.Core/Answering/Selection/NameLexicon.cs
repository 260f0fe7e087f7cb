using ChatBot.Core.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Selection;

/// <summary>
/// The words the corpus writes as names: capitalised in most of their occurrences that do not start a sentence
/// ("Trotsky", "Coyoacán", "Mezhraiontsy"), so a lower-case question ("where did trotsky live in coyoacan") still names them.
/// </summary>
public sealed partial class NameLexicon
{
    // A word is a name when at least this share of its mid-sentence occurrences are capitalised.
    private const double MinCapitalisedShare = 0.6;

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private readonly HashSet<string> names;

    private NameLexicon(HashSet<string> names) => this.names = names;

    /// <summary>Counts capitalisation over <paramref name="sentences"/>.</summary>
    public static NameLexicon Build(IEnumerable<string> sentences)
    {
        var counts = new Dictionary<string, (int Capitalised, int Total)>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var first = true;
            foreach (Match word in Word().Matches(sentence))
            {
                if (first)
                {
                    first = false;
                    continue;
                }

                var folded = TextAnalyzer.Fold(word.Value);
                var (capitalised, total) = counts.GetValueOrDefault(folded);
                counts[folded] = (capitalised + (char.IsUpper(word.Value[0]) ? 1 : 0), total + 1);
            }
        }

        var names = counts
            .Where(kv => kv.Key.Length > 1 && !Months.Contains(kv.Key) && (double)kv.Value.Capitalised / kv.Value.Total >= MinCapitalisedShare)
            .Select(kv => kv.Key)
            .ToHashSet(StringComparer.Ordinal);
        return new NameLexicon(names);
    }

    /// <summary>Whether the folded word is one the corpus writes as a name.</summary>
    public bool IsName(string foldedWord) => names.Contains(foldedWord);

    /// <summary>How many name words the corpus has.</summary>
    public int Count => names.Count;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
