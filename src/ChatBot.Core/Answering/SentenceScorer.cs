using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Answering;

/// <summary>
/// Scores the sentences of retrieved passages for a question: IDF-weighted overlap with the question's content words
/// (IDF over the candidate sentences, so words every candidate shares, like the subject's name, count little),
/// tolerant of small misspellings, with an adjustment for the expected answer type and the passage's retrieval rank.
/// </summary>
internal sealed partial class SentenceScorer
{
    /// <summary>Default of what is added when a sentence holds the kind of thing asked for, and subtracted when it does not.</summary>
    public const double DefaultTypeWeight = 0.15;

    /// <summary>Bonus of the best-ranked passage, falling linearly to 0 for the last one.</summary>
    public const double RankWeight = 0.1;

    /// <summary>Subtracted from a sentence that only repeats the question's words.</summary>
    public const double NoNewWordsPenalty = 0.3;

    /// <summary>Subtracted from a pair of sentences, so that one sentence that answers alone is preferred.</summary>
    public const double PairPenalty = 0.1;

    /// <summary>Weight of the previous question's words for a follow-up, relative to the question's own.</summary>
    public const double ContextWeight = 0.5;

    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly SentenceSplitter Sentences = new();

    private readonly HashSet<string> questionWords;
    private readonly HashSet<string> contextWords;
    private readonly HashSet<string> questionTokens;
    private readonly AnswerType type;
    private readonly bool exactDate;
    private readonly double typeWeight;

    public SentenceScorer(string question, string? context, double typeWeight = DefaultTypeWeight)
    {
        this.typeWeight = typeWeight;
        exactDate = ExactDate().IsMatch(question.ToLowerInvariant());
        questionWords = ContentWords.Of(question).ToHashSet();
        contextWords = context is null ? [] : ContentWords.Of(context).Where(w => !questionWords.Contains(w)).ToHashSet();
        questionTokens = ContentWords.Tokens(question + " " + context).ToHashSet();
        type = TypeOf(question);
    }

    /// <summary>
    /// Scores every sentence, and every pair of adjacent sentences, of the passages (in retrieval order), best first.
    /// A pair is a candidate because a passage often sets the scene in one sentence and gives the answer in the next.
    /// Glossary abstracts are candidates only for questions that name their subject.
    /// </summary>
    public List<CandidateSentence> Score(IReadOnlyList<Passage> passages)
    {
        var sentences = new List<(int Passage, int Position, string Text, HashSet<string> Words)>();
        for (var p = 0; p < passages.Count; p++)
        {
            if (passages[p].Kind == SectionKind.Glossary && !NamesSubjectOf(passages[p]))
            {
                continue;
            }

            var split = Sentences.Split(passages[p].Text);
            for (var s = 0; s < split.Count; s++)
            {
                sentences.Add((p, s, split[s], ContentWords.Of(split[s]).ToHashSet()));
            }
        }

        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in questionWords.Concat(contextWords))
        {
            var df = sentences.Count(s => s.Words.Contains(word) || s.Words.Any(w => IsNearMatch(word, w)));
            idf[word] = Math.Log(1 + ((sentences.Count + 1.0) / (df + 1.0)));
        }

        var total = questionWords.Sum(w => idf[w]) + (ContextWeight * contextWords.Sum(w => idf[w]));
        var scored = new List<CandidateSentence>(sentences.Count * 2);
        for (var i = 0; i < sentences.Count; i++)
        {
            var (passage, position, text, words) = sentences[i];
            scored.Add(Candidate(passage, position, 1, text, words, idf, total, passages.Count));
            if (i + 1 < sentences.Count && sentences[i + 1].Passage == passage)
            {
                var next = sentences[i + 1];
                scored.Add(Candidate(passage, position, 2, $"{text} {next.Text}", [.. words, .. next.Words], idf, total, passages.Count));
            }
        }

        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Passage).ThenBy(s => s.Position).ThenBy(s => s.Count)];
    }

    private CandidateSentence Candidate(int passage, int position, int count, string text, HashSet<string> words, Dictionary<string, double> idf, double total, int passageCount)
    {
        var matched = questionWords.Sum(w => idf[w] * Match(w, words)) + (ContextWeight * contextWords.Sum(w => idf[w] * Match(w, words)));
        var coverage = total > 0 ? matched / total : 0;
        var typeMatch = type == AnswerType.Any ? (bool?)null : HoldsType(text);
        var novel = words.Any(w => !questionWords.Contains(w) && !contextWords.Contains(w));
        var typeScore = typeMatch switch { true => typeWeight * DatePrecision(text), false => -typeWeight, null => 0 };
        var score = coverage
            + typeScore
            + (RankWeight * (passageCount <= 1 ? 1 : 1 - ((double)passage / (passageCount - 1))))
            - (novel ? 0 : NoNewWordsPenalty)
            - (count > 1 ? PairPenalty : 0);
        return new CandidateSentence(passage, position, count, text, coverage, typeMatch, novel, score);
    }

    // Compared on raw tokens, not stems: "die" in a question must not make the glossary entry "Martin Dies" relevant.
    private bool NamesSubjectOf(Passage glossary) =>
        ContentWords.Tokens(glossary.Title).Any(t => t.Length >= 3 && questionTokens.Contains(t) && ContentWords.Of(t).Count > 0);

    private static double Match(string word, HashSet<string> words)
    {
        if (words.Contains(word))
        {
            return 1;
        }

        // Misspellings in typed questions ("testement", "copys") still meet the text, at a discount.
        return words.Any(w => IsNearMatch(word, w)) ? 0.8 : 0;
    }

    private static bool IsNearMatch(string a, string b)
    {
        if (a.Length < 5 || b.Length < 5 || char.IsDigit(a[0]) || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }

        // A shared long prefix ("coyoacan"/"coyoacán") or one or two edits, depending on length.
        if (a.Length >= 6 && b.Length >= 6 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)))
        {
            return true;
        }

        return EditDistance(a, b) <= (Math.Min(a.Length, b.Length) >= 8 ? 2 : 1);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    // The sentence must hold the kind of thing asked for that the question does not already hold: a date question
    // about 1918 is not answered by a sentence whose only date is 1918.
    private bool HoldsType(string sentence) => type switch
    {
        AnswerType.Date => Year().Matches(sentence).Any(m => !questionTokens.Contains(m.Value))
            || ContentWords.Tokens(sentence).Any(t => Months.Contains(t) && !questionTokens.Contains(t)),
        AnswerType.Number => Number().Matches(sentence).Any(m => !Year().IsMatch(m.Value) && !questionTokens.Contains(m.Value.Replace(",", string.Empty, StringComparison.Ordinal))),
        AnswerType.Person or AnswerType.Place => HasNewName(sentence),
        AnswerType.Reason => Cause().IsMatch(sentence),
        _ => true,
    };

    // A date question is best answered by the most precise date: "7 November 1879" over "November 1879" over "1879".
    // A question that asks for the date or day itself ("on what date") gets nothing for a bare year.
    private double DatePrecision(string sentence)
    {
        if (type != AnswerType.Date)
        {
            return 1;
        }

        if (FullDate().Matches(sentence).Any(m => !questionTokens.Contains(m.Groups["year"].Value) || !questionTokens.Contains(m.Groups["month"].Value.ToLowerInvariant())))
        {
            return 1;
        }

        if (ContentWords.Tokens(sentence).Any(t => Months.Contains(t) && !questionTokens.Contains(t)))
        {
            return exactDate ? 0.5 : 0.8;
        }

        return exactDate ? 0 : 0.6;
    }

    // A capitalised word that is not the first of the sentence and not already in the question: a name the answer can give.
    private bool HasNewName(string sentence)
    {
        var first = true;
        foreach (Match word in Word().Matches(sentence))
        {
            if (!first && char.IsUpper(word.Value[0]) && !questionTokens.Contains(word.Value.ToLowerInvariant()))
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    internal static AnswerType TypeOf(string question)
    {
        var q = question.ToLowerInvariant();
        if (HowMany().IsMatch(q))
        {
            return AnswerType.Number;
        }

        if (When().IsMatch(q))
        {
            return AnswerType.Date;
        }

        if (Who().IsMatch(q))
        {
            return AnswerType.Person;
        }

        if (Where().IsMatch(q))
        {
            return AnswerType.Place;
        }

        if (Why().IsMatch(q))
        {
            return AnswerType.Reason;
        }

        return AnswerType.Any;
    }

    [GeneratedRegex(@"\bhow (many|much|big|large|long|old|far)\b|\bnumbers?\b|\bwhat (size|number)\b")]
    private static partial Regex HowMany();

    [GeneratedRegex(@"^\s*when\b|\b(what|which) (date|year|day|month)\b|\bin what year\b|\bwhen (did|was|were|is)\b")]
    private static partial Regex When();

    [GeneratedRegex(@"^\s*(who|whom|whose)\b|\bwho (was|were|is|did|got|claimed|replaced|edited|plays)\b|\bname the (people|person|men)\b|\bwhich (person|people|man|woman)\b")]
    private static partial Regex Who();

    [GeneratedRegex(@"^\s*where\b|\bwhere (is|was|did|were)\b|\b(which|what) (city|country|town|port|place)\b")]
    private static partial Regex Where();

    [GeneratedRegex(@"^\s*why\b|\bwhy (did|was|were|is|do|does|had)\b|\bfor what reason\b|\b(die|died|dies|death) (from|of)\b|\bcause of\b|\bwhat (killed|caused)\b")]
    private static partial Regex Why();

    // Words that introduce a cause or a purpose in English prose.
    [GeneratedRegex(@"\b(because|since|due to|owing to|as a result|for fear|in order to|so as to|so that|to avoid|to prevent|on suspicion|in protest|concluded that|the reason|given the|led to|caused|died (of|from)|killed by|cause of death)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cause();

    [GeneratedRegex(@"\b(on|what|which) (date|day)\b|\bexact date\b")]
    private static partial Regex ExactDate();

    // "7 November 1879", "November 7, 1879", "12 November" (a day and a month, the year optional).
    [GeneratedRegex(@"\b\d{1,2} (?<month>January|February|March|April|May|June|July|August|September|October|November|December)(,? (?<year>\d{4}))?\b|\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(,? (?<year>\d{4}))?\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b1[0-9]{3}\b|\b20[0-9]{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\d[\d,.]*\d|\d")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*")]
    private static partial Regex Word();
}
