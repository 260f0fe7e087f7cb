using ChatBot.Core.Text;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Selection;

/// <summary>A question as the selector's features read it: its terms and their weights, its answer type, the names it gives and the words the corpus does not have.</summary>
public sealed partial class QuestionProfile
{
    private QuestionProfile(
        string question,
        string? context,
        QuestionType type,
        IReadOnlyDictionary<string, double> terms,
        IReadOnlyDictionary<string, double> contextTerms,
        IReadOnlySet<string> names,
        IReadOnlySet<string> focus,
        IReadOnlyList<string> unknownWords,
        IReadOnlyList<string> unknownNames,
        ReadOnlyMemory<float> vector)
    {
        Question = question;
        Context = context;
        Type = type;
        Terms = terms;
        ContextTerms = contextTerms;
        Names = names;
        Focus = focus;
        NameTerms = names.SelectMany(TextAnalyzer.Terms).ToHashSet(StringComparer.Ordinal);
        UnknownWords = unknownWords;
        UnknownNames = unknownNames;
        Vector = vector;
        Words = TextAnalyzer.Tokens($"{question} {context}").Concat(Numbers().Matches($"{question} {context}").Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
        TotalWeight = terms.Values.Sum();
        ContextWeight = contextTerms.Values.Sum();
    }

    public string Question { get; }

    /// <summary>Every folded word and number of the question and its context: what an answer does not need to repeat.</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>The earlier question a follow-up leans on, or null.</summary>
    public string? Context { get; }

    public QuestionType Type { get; }

    /// <summary>The question's own terms (spelling corrected to the corpus's) with their IDF weights.</summary>
    public IReadOnlyDictionary<string, double> Terms { get; }

    /// <summary>Terms of the follow-up's context that the question does not repeat, with their IDF weights.</summary>
    public IReadOnlyDictionary<string, double> ContextTerms { get; }

    /// <summary>Folded words of the question that name someone or something (corpus names, or capitalised inside the question).</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>
    /// The question's first two terms that are not names: what it asks about rather than whom ("slogan", "adopt" in "what
    /// slogan did trotsky adopt while editing nashe slovo?"); a sentence that only sets the same scene lacks them.
    /// </summary>
    public IReadOnlySet<string> Focus { get; }

    /// <summary>How many of the <see cref="Focus"/> words the corpus does not have at all ("captain" of a ship the text only names).</summary>
    public int UnknownFocus { get; private init; }

    /// <summary>The term of the noun the question asks for an instance of ("hospital" in "which hospital…"), or null (<see cref="QuestionHead"/>).</summary>
    public string? Head { get; private init; }

    /// <summary>That noun as the question writes it (folded: "hospital"), or null.</summary>
    public string? HeadWord { get; private init; }

    /// <summary>The terms of <see cref="Names"/>.</summary>
    public IReadOnlySet<string> NameTerms { get; }

    /// <summary>Content words of the question that the corpus does not have, even misspelt.</summary>
    public IReadOnlyList<string> UnknownWords { get; }

    /// <summary>Of <see cref="UnknownWords"/>, those that look like names (capitalised in the question, or no common English word): a subject the text never mentions.</summary>
    public IReadOnlyList<string> UnknownNames { get; }

    /// <summary>The embedding of the search query (the question, with its context for a follow-up).</summary>
    public ReadOnlyMemory<float> Vector { get; }

    public double TotalWeight { get; }

    public double ContextWeight { get; }

    /// <summary>Analyses <paramref name="question"/> against the corpus statistics of <paramref name="table"/>.</summary>
    public static QuestionProfile Create(string question, string? context, SentenceTable table, SpellingCorrector speller, ReadOnlyMemory<float> vector)
    {
        var terms = WeightedTerms(question, table, speller, out var unknown, out var unknownNames, out var names, out var focus, out var unknownFocus);
        var contextTerms = context is null
            ? new Dictionary<string, double>(StringComparer.Ordinal)
            : WeightedTerms(context, table, speller, out _, out _, out _, out _, out _).Where(kv => !terms.ContainsKey(kv.Key)).ToDictionary(StringComparer.Ordinal);
        var head = QuestionHead.Find(question, table.Names.IsName);
        return new QuestionProfile(question, context, QuestionTypes.Of(question), terms, contextTerms, names, focus, unknown, unknownNames, vector)
        {
            UnknownFocus = unknownFocus,
            Head = head?.Term,
            HeadWord = head?.Word,
        };
    }

    // How many terms make the focus.
    private const int FocusTerms = 2;

    // Nouns that frame what is asked rather than name it ("what was the name of the freighter"): the focus is the
    // freighter. A generic list of English question frames.
    internal static readonly HashSet<string> FrameWords = new(StringComparer.Ordinal)
    {
        "name", "names", "called", "number", "date", "year", "day", "kind", "type", "sort", "exactly", "actually",
        "many", "much", "long", "often", "time", "happened", "happen", "really",
    };

    private static Dictionary<string, double> WeightedTerms(string text, SentenceTable table, SpellingCorrector speller, out List<string> unknown, out List<string> unknownNames, out HashSet<string> names, out HashSet<string> focus, out int unknownFocus)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        focus = new HashSet<string>(StringComparer.Ordinal);
        unknownFocus = 0;
        unknown = [];
        unknownNames = [];
        names = new HashSet<string>(StringComparer.Ordinal);
        var capitalised = CapitalisedWords(text);
        foreach (var (word, analysed) in TextAnalyzer.Analyze(text))
        {
            if (analysed is null)
            {
                continue;
            }

            var term = analysed;
            var known = table.Frequency(term) > 0 || table.InVocabulary(word);
            if (!known && speller.Closest(word) is { } corrected)
            {
                term = corrected;
                known = true;
            }

            if (!known && word.Length > 1 && word[^1] == 's' && table.InVocabulary(word[..^1]))
            {
                // "lenins", "trotskys": a possessive typed without its apostrophe.
                term = TextAnalyzer.Terms(word[..^1]) is [var stem] ? stem : term;
                known = true;
            }

            if (!known && word.Length >= 3 && !word.All(char.IsDigit))
            {
                unknown.Add(word);
                if (capitalised.Contains(word) ? !CommonEnglishWords.Contains(word) : !CommonEnglishWords.ContainsAsTyped(word))
                {
                    unknownNames.Add(word);
                }
            }

            if (table.Names.IsName(word) || (capitalised.Contains(word) && !known))
            {
                names.Add(word);
            }
            else if (focus.Count < FocusTerms && !word.All(char.IsDigit) && !FrameWords.Contains(word))
            {
                focus.Add(term);
                if (!known)
                {
                    unknownFocus++;
                }
            }

            terms[term] = table.Idf(term);
        }

        return terms;
    }

    // Words written with a capital inside the question (not its first word): what the asker writes as a name.
    private static HashSet<string> CapitalisedWords(string text)
    {
        var words = text.Split([' ', '\t', '\n', '\r', ',', '?', '!', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < words.Length; i++)
        {
            if (char.IsUpper(words[i][0]))
            {
                foreach (var w in TextAnalyzer.Tokens(words[i]))
                {
                    result.Add(w);
                }
            }
        }

        return result;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d[\d,.]*\d")]
    private static partial System.Text.RegularExpressions.Regex Numbers();
}
