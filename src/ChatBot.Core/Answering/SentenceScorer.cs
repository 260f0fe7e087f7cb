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

    private static readonly SentenceSplitter SentenceSplit = new();

    // Ranks of the retrieved passages that come from a Quotations section (set by Score).
    private HashSet<int> quotationPassages = [];

    // Nouns that frame what is asked rather than name it: "what was the name of the ship", "what was the reason for".
    private static readonly HashSet<string> FrameNouns = new(StringComparer.Ordinal)
    {
        "name", "names", "date", "year", "day", "reason", "cause", "number", "title", "size", "role", "purpose", "result",
        "meaning", "point", "outcome", "effect", "aim", "goal", "main", "first", "last", "same", "other", "place", "time",
    };

    // "Give his words", "quote him": a request for the quoted words, whose frame the text does not repeat.
    private static readonly HashSet<string> WordsFrame = new(StringComparer.Ordinal) { "giv", "word", "exact", "quot", "own" };

    // "A well-known one-liner of his", "how does the quote go": the words ask for a quotation and name nothing in it.
    private static readonly HashSet<string> QuoteFrame = new(StringComparer.Ordinal)
    {
        "liner", "quot", "quotation", "saying", "line", "remark", "famou", "know", "well", "go", "goe",
    };

    // "What was his reasoning", "what was the motive": the words ask for a cause, which the answer states without them.
    private static readonly HashSet<string> ReasonFrame = new(StringComparer.Ordinal) { "reason", "motiv", "rational", "motivation" };

    // "What became of her", "what happened to him in the end": the words ask for someone's fate and name nothing.
    private static readonly HashSet<string> FateFrame = new(StringComparer.Ordinal) { "becom", "happen", "end", "final", "eventual", "ultimat", "later" };

    // The words that say what kind of thing is asked for ("what event"), which the answer type checks instead.
    private static readonly HashSet<string> TypeWords = new(StringComparer.Ordinal) { "event", "incident", "episod", "happen" };

    // Demonstratives of an asking sentence point back at what the sentences before it said ("how that turned out").
    private static readonly HashSet<string> SceneReferences = new(StringComparer.Ordinal) { "that", "this", "these", "those" };

    // Words that frame a question about meaning rather than name its subject: "what does the name X mean in English".
    private static readonly HashSet<string> MeaningFrame = new(StringComparer.Ordinal) { "nam", "word", "term", "english", "translat", "stand" };

    private readonly HashSet<string> questionWords;
    private readonly HashSet<string> askingWords;
    private readonly bool asksForWords;
    private readonly bool asksFate;
    private readonly bool yesNo;
    private HashSet<string> subjectTokens = [];
    private HashSet<string> commonWords = new(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> contextWords;
    private readonly HashSet<string> questionTokens;
    private readonly AnswerType type;
    private readonly bool exactDate;
    private readonly string? countedNoun;
    private readonly string? institution;
    private readonly bool asksAmountOfMoney;
    private readonly double typeWeight;

    private readonly string? focus;
    private readonly string? askedVerb;
    private readonly HashSet<string> questionOrdinals;

    public SentenceScorer(string question, string? context, double typeWeight = DefaultTypeWeight)
    {
        var lower = question.ToLowerInvariant();
        focus = FocusOf(question);
        this.typeWeight = typeWeight;
        exactDate = ExactDate().IsMatch(lower);
        var counted = HowManyNoun().Match(lower);
        countedNoun = counted.Success && ContentWords.Of(counted.Groups["noun"].Value) is [var noun] ? noun : null;
        asksAmountOfMoney = MoneyAsked().IsMatch(lower);
        var building = WhichInstitution().Match(lower);
        institution = building.Success ? ContentWords.Stem(building.Groups["noun"].Value) : null;
        var (ownPart, ownScene) = SplitAskingPart(question);
        type = TypeOf(question, ownPart);
        asksForWords = WordsAsked().IsMatch(lower);
        asksFate = FateAsked().IsMatch(lower);
        yesNo = type == AnswerType.Any && YesNo().IsMatch(ownPart.ToLowerInvariant());
        var (asking, scene) = PullInScene(question, ownPart, ownScene);
        questionWords = ContentWords.Of(asking).Where(w => !IsFrameWord(w)).ToHashSet();
        if (questionWords.Count == 0)
        {
            // Nothing left to ask about on its own ("What does that name mean in English?"): the scene is the question.
            questionWords = ContentWords.Of(question).Where(w => !MeaningFrame.Contains(w) && !IsFrameWord(w)).ToHashSet();
            scene = string.Empty;
        }

        if (questionWords.Count == 0 && context is not null)
        {
            // "What became of her?" after "Who was Trotsky's first wife?": the earlier question names whom it is about.
            questionWords = ContentWords.Of(context).ToHashSet();
        }

        // What the asking sentence itself names ("What event in 1927 showed how that turned out?" → 1927, show, turn), when
        // the question also sets a scene: an answer must touch it, not only restate the scene.
        askingWords = ownScene.Length > 0
            ? ContentWords.Of(ownPart).Where(w => !IsFrameWord(w) && !TypeWords.Contains(w)).ToHashSet()
            : [];

        contextWords = ContentWords.Of(scene + " " + context).Where(w => !questionWords.Contains(w)).ToHashSet();
        questionTokens = ContentWords.Tokens(question + " " + context).ToHashSet();
        questionOrdinals = questionWords.Where(IsOrdinal).ToHashSet();

        // In "who edited Novy Mir?" the verb is what is asked: a sentence saying who edited it beats one that only names Novy Mir.
        var verb = WhoVerb().Match(lower);
        askedVerb = verb.Success && ContentWords.Of(verb.Groups["verb"].Value) is [var v] && questionWords.Contains(v) ? v : null;
    }

    /// <summary>
    /// Splits off the part of a question that only sets the scene: earlier sentences ("Trotsky briefly joined the
    /// Mezhraiontsy in 1917. What does that name mean?") and a leading clause before the question word ("After trying
    /// to restart the economy of the Urals, what did Trotsky propose?"). Its words count like a follow-up's context, at
    /// half weight, because the answer sentence need not repeat the scene.
    /// </summary>
    internal static (string Asking, string Scene) SplitScene(string question)
    {
        var (asking, scene) = SplitAskingPart(question);
        return PullInScene(question, asking, scene);
    }

    // A demonstrative in the asking part ("how that turned out") points into the scene, which is then part of the question.
    private static (string Asking, string Scene) PullInScene(string question, string asking, string scene) =>
        scene.Length > 0 && ContentWords.Tokens(asking).Any(SceneReferences.Contains) ? (question, string.Empty) : (asking, scene);

    // The asking sentence and the scene before it, whatever the asking sentence refers to.
    private static (string Asking, string Scene) SplitAskingPart(string question)
    {
        var parts = SentenceEnd().Split(question.Trim()).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (parts.Count == 0)
        {
            return (question, string.Empty);
        }

        // The asking part starts at the last sentence that ends in a question mark; a trailing fragment ("numbers pls")
        // belongs to it.
        var start = parts.FindLastIndex(p => p.TrimEnd().EndsWith('?'));
        start = start < 0 ? parts.Count - 1 : start;
        var asking = string.Join(" ", parts.Skip(start));
        var scene = string.Join(" ", parts.Take(start));
        var lead = LeadingClause().Match(asking);
        if (lead.Success)
        {
            scene = $"{scene} {lead.Value}";
            asking = asking[lead.Length..];
        }

        return (asking, scene.Trim());
    }

    // Words that frame the question rather than name what it is about: "what does the name X mean in English", "numbers pls".
    private bool IsFrameWord(string word) =>
        (type == AnswerType.Meaning && MeaningFrame.Contains(word)) || (type == AnswerType.Number && word == "number")
        || (type == AnswerType.Reason && ReasonFrame.Contains(word))
        || (asksForWords && WordsFrame.Contains(word)) || (asksFate && FateFrame.Contains(word))
        || (type == AnswerType.Quote && QuoteFrame.Contains(word));

    /// <summary>Weight of how close together the question's words stand in a sentence (a tie-breaker: "failed to kill Trotsky" over "Trotsky was … Old Bolsheviks killed").</summary>
    public const double ProximityWeight = 0.02;

    // 1 when the question words a sentence holds stand next to each other, falling with the words between them.
    private double Proximity(string text)
    {
        var positions = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = ContentWords.Of(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (questionWords.Contains(words[i]))
            {
                positions.Add(i);
                seen.Add(words[i]);
            }
        }

        if (seen.Count < 2)
        {
            return 0;
        }

        // The shortest window holding every matched question word once.
        var best = int.MaxValue;
        for (var start = 0; start < positions.Count; start++)
        {
            var inWindow = new HashSet<string>(StringComparer.Ordinal);
            for (var end = start; end < positions.Count; end++)
            {
                inWindow.Add(words[positions[end]]);
                if (inWindow.Count == seen.Count)
                {
                    best = Math.Min(best, positions[end] - positions[start] + 1);
                    break;
                }
            }
        }

        return (double)seen.Count / best;
    }

    /// <summary>Weight of the verb asked about in "who VERB…" questions, relative to the other question words.</summary>
    public const double AskedVerbWeight = 2;

    private double Weight(string word) => word == askedVerb ? AskedVerbWeight : 1;

    // The asked verb followed within a few words by "by" and a capitalised name ("was assassinated in Mexico, by Ramón Mercader").
    private bool HasAgent(string sentence)
    {
        var words = Word().Matches(sentence).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // A participle ("assassinated by"), not a noun ("The Assassination of Trotsky, directed by").
            if (!(words[i].EndsWith("ed", StringComparison.Ordinal) || words[i].EndsWith("en", StringComparison.Ordinal))
                || ContentWords.Of(words[i]) is not [var w] || w != askedVerb)
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(words.Count - 1, i + 6); j++)
            {
                if (words[j] == "by" && char.IsUpper(words[j + 1][0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsOrdinal(string word) => word.Length >= 3 && char.IsDigit(word[0]) && (word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal) || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal));

    /// <summary>The content words of what is asked (frame words such as "number" in "numbers pls" left out).</summary>
    public IReadOnlySet<string> QuestionWords => questionWords;

    /// <summary>Whether only a sentence holding the kind of thing asked for can answer: a reason, a number, a date, a name asked for by "the name of", a hospital or school named beside its noun.</summary>
    public bool RequiresType => type is AnswerType.Reason or AnswerType.Number or AnswerType.Date or AnswerType.Name || (type == AnswerType.Place && institution is not null);

    /// <summary>Whether the question asks for a reason or cause ("why…", "what did he die from"), which a sentence must state.</summary>
    public bool AsksForReason => type == AnswerType.Reason;

    /// <summary>
    /// After <see cref="Score"/>: the word the question asks about ("lawyer" in "Who was Trotsky's defence lawyer?") when
    /// no sentence of the passages holds it, so the text does not say; otherwise null.
    /// </summary>
    public string? MissingFocus { get; private set; }

    /// <summary>
    /// The head word of the question's focus when it is a possessed thing right after the question word:
    /// "who was Trotsky's defence lawyer" → lawyer, "what did his mother do" → mother, "what was the name of X's dog" → dog.
    /// A question that asks about someone's X cannot be answered by a text that never mentions an X.
    /// </summary>
    internal static string? FocusOf(string question)
    {
        var lower = question.ToLowerInvariant().Replace('’', '\'');
        var role = RoleOf().Match(lower);
        if (role.Success && !FrameNouns.Contains(role.Groups["noun"].Value))
        {
            // "who was the captain of the SS Kristianiafjord" → captain.
            return ContentWords.Of(role.Groups["noun"].Value) is [var noun] ? noun : null;
        }

        var match = FocusPhrase().Match(lower);
        if (!match.Success)
        {
            return null;
        }

        string? head = null;
        foreach (var word in match.Groups["np"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // The thing asked about ends at a function word or a participle ("their children called").
            var content = ContentWords.Of(word);
            if (content.Count == 0 || (word.EndsWith("ed", StringComparison.Ordinal) && head is not null))
            {
                break;
            }

            head = content[^1];

            // After "did/does/do" the possessed noun is followed by the verb: "what did trotskys father die from" → father.
            if (match.Groups["aux"].Value is "did" or "does" or "do")
            {
                break;
            }
        }

        // "What was Trotsky's reasoning for…" asks for a reason, which the text need not call one.
        return head is not null && FrameNouns.Contains(head) ? null : head;
    }

    /// <summary>
    /// Scores every sentence, and every pair of adjacent sentences, of the passages (in retrieval order), best first.
    /// A pair is a candidate because a passage often sets the scene in one sentence and gives the answer in the next.
    /// Glossary abstracts are candidates only for questions that name their subject.
    /// </summary>
    public List<CandidateSentence> Score(IReadOnlyList<Passage> passages)
    {
        subjectTokens = SubjectTokens(passages);
        commonWords = CommonWords(passages);
        quotationPassages = [];
        var sentences = new List<(int Passage, int Position, string Text, HashSet<string> Words, bool Touches)>();
        for (var p = 0; p < passages.Count; p++)
        {
            if (!IsCandidatePassage(passages[p]))
            {
                continue;
            }

            if (passages[p].Kind == SectionKind.Quotations)
            {
                quotationPassages.Add(p);
            }

            var split = SentenceSplit.Split(passages[p].Text);
            for (var s = 0; s < split.Count; s++)
            {
                var words = ContentWords.Of(split[s]).ToHashSet();
                sentences.Add((p, s, split[s], words, TouchesQuestion(words)));
            }
        }


        MissingFocus = focus is not null && !sentences.Any(s => Match(focus, s.Words) > 0) ? focus : null;

        // "Did Trotsky keep any pets?": a yes-no question about something no retrieved sentence mentions is not answered by
        // the sentences about the rest of it (his house in Coyoacán).
        if (MissingFocus is null && yesNo)
        {
            MissingFocus = questionWords.FirstOrDefault(w => !sentences.Any(s => Match(w, s.Words) > 0));
        }

        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in questionWords.Concat(contextWords))
        {
            var df = sentences.Count(s => s.Words.Contains(word) || s.Words.Any(w => IsNearMatch(word, w)));
            idf[word] = Math.Log(1 + ((sentences.Count + 1.0) / (df + 1.0)));
        }

        var total = questionWords.Sum(w => idf[w] * Weight(w)) + (ContextWeight * contextWords.Sum(w => idf[w]));
        var scored = new List<CandidateSentence>(sentences.Count * 2);
        for (var i = 0; i < sentences.Count; i++)
        {
            var (passage, position, text, words, touches) = sentences[i];
            scored.Add(Candidate(passage, position, 1, text, words, idf, total, passages.Count));
            // A pair is a candidate only when both of its sentences touch the question: a neighbour that shares no word
            // with it would lend the pair a name or a number that answers nothing ("… was elected one of only five").
            // The second may instead go on about the first's subject ("She was named after…").
            if (i + 1 < sentences.Count && sentences[i + 1].Passage == passage && touches
                && (sentences[i + 1].Touches || ContinuesSubject(sentences[i + 1].Text)))
            {
                var next = sentences[i + 1];
                scored.Add(Candidate(passage, position, 2, $"{text} {next.Text}", [.. words, .. next.Words], idf, total, passages.Count));
            }

            // A sentence that points back ("Trotsky's grave is located on its grounds") past one that does not touch the
            // question is paired with the sentence before that, which names what it points to (the house in Coyoacán).
            if (i + 2 < sentences.Count && sentences[i + 2].Passage == passage && touches
                && !sentences[i + 1].Touches && PointsBack().IsMatch(sentences[i + 2].Text))
            {
                var after = sentences[i + 2];
                scored.Add(Candidate(passage, position, 3, $"{text} {after.Text}", [.. words, .. after.Words], idf, total, passages.Count));
            }
        }

        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Passage).ThenBy(s => s.Position).ThenBy(s => s.Count)];
    }

    private static bool ContinuesSubject(string sentence) => Continuation().IsMatch(sentence);

    private bool TouchesQuestion(HashSet<string> words) =>
        questionWords.Concat(contextWords).Any(w => Match(w, words) > 0);

    // Words the passages also write in lowercase are common nouns, not names, even capitalised in a title ("Variations on
    // the Death of Trotsky" names no place of death).
    private static HashSet<string> CommonWords(IReadOnlyList<Passage> passages)
    {
        var common = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var passage in passages)
        {
            foreach (Match word in Word().Matches(passage.Text))
            {
                if (char.IsLower(word.Value[0]))
                {
                    common.Add(word.Value);
                }
            }
        }

        return common;
    }

    // Question tokens that more than half of the retrieved article passages hold: the text's subject ("trotsky").
    private HashSet<string> SubjectTokens(IReadOnlyList<Passage> passages)
    {
        var articles = passages.Where(p => p.Kind != SectionKind.Glossary).Select(p => ContentWords.Tokens(p.Text).ToHashSet(StringComparer.Ordinal)).ToList();
        return articles.Count < 2 ? [] : questionTokens.Where(t => articles.Count(a => a.Contains(t)) * 2 > articles.Count).ToHashSet(StringComparer.Ordinal);
    }

    private bool IsCandidatePassage(Passage passage) => passage.Kind != SectionKind.Glossary || NamesSubjectOf(passage);

    private CandidateSentence Candidate(int passage, int position, int count, string text, HashSet<string> words, Dictionary<string, double> idf, double total, int passageCount)
    {
        var matched = questionWords.Sum(w => idf[w] * Weight(w) * Match(w, words)) + (ContextWeight * contextWords.Sum(w => idf[w] * Match(w, words)));
        var coverage = total > 0 ? matched / total : 0;
        var typeMatch = type == AnswerType.Any ? (bool?)null : type == AnswerType.Quote ? quotationPassages.Contains(passage) || QuoteMark().IsMatch(text) : HoldsType(text);
        var novel = words.Any(w => !questionWords.Contains(w) && !contextWords.Contains(w));
        var typeScore = typeMatch switch { true => type == AnswerType.Name ? 0 : typeWeight * DatePrecision(text), false => -typeWeight, null => 0 };

        // "who edited Novy Mir?" is answered best by "edited by Nikolai Bukharin": the asked verb with its agent.
        if (askedVerb is not null && typeMatch == true && HasAgent(text))
        {
            typeScore += typeWeight;
        }

        // "the 5th Congress" does not answer a question about "the second congress".
        var ordinals = words.Where(IsOrdinal).ToList();
        if (questionOrdinals.Count > 0 && ordinals.Count > 0 && !ordinals.Any(questionOrdinals.Contains))
        {
            typeScore -= typeWeight;
        }

        // A scene-setting question ("Stalin had the Chinese communists follow the Kuomintang's orders. What event in 1927
        // showed how that turned out?") is not answered by a sentence that only restates the scene.
        if (askingWords.Count > 0 && !askingWords.Any(w => Match(w, words) > 0))
        {
            typeScore -= typeWeight;
        }

        // "What did Trotsky's father die from?" is not answered by a sentence about how Trotsky died.
        if (focus is not null && Match(focus, words) == 0)
        {
            typeMatch = RequiresType ? false : typeMatch;
            typeScore -= typeWeight;
        }

        var score = coverage
            + (ProximityWeight * Proximity(text))
            + typeScore
            + (RankWeight * (passageCount <= 1 ? 1 : 1 - ((double)passage / (passageCount - 1))))
            - (novel ? 0 : NoNewWordsPenalty)
            - (count > 1 ? PairPenalty : 0);
        return new CandidateSentence(passage, position, count, text, coverage, typeMatch, novel, score);
    }

    // Compared on raw tokens, not stems: "die" in a question must not make the glossary entry "Martin Dies" relevant.
    // The text's own subject ("Trotsky", named in most passages) does not count: the glossary entry "The Trotsky" (a film)
    // is a namesake, not what "who was trotsky" asks about.
    private bool NamesSubjectOf(Passage glossary) =>
        ContentWords.Tokens(glossary.Title).Any(t => t.Length >= 3 && questionTokens.Contains(t) && ContentWords.Of(t).Count > 0 && !subjectTokens.Contains(t));

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
        AnswerType.Number => HoldsCount(sentence),
        AnswerType.Person => HasNewName(sentence),
        AnswerType.Name => HasNewName(sentence) && (institution is null || NamesInstitution(sentence)),
        AnswerType.Place => HasNewName(sentence, placeOnly: true) && (institution is null || NamesInstitution(sentence)),
        AnswerType.Reason => Cause().IsMatch(sentence),
        AnswerType.Meaning => Gloss().IsMatch(sentence),
        AnswerType.Event => EventNoun().IsMatch(sentence),
        _ => true,
    };

    // A number that is not a year, nor the day of a date, nor one the question gives; for "how many X" one that counts X
    // ("over 200 members", "three posts"), for "how much did it cost / was he paid" an amount of money ("$15 a week").
    private bool HoldsCount(string sentence)
    {
        var numbers = Number().Matches(sentence)
            .Where(m => !Year().IsMatch(m.Value) && !InDate(sentence, m) && !questionTokens.Contains(m.Value.Replace(",", string.Empty, StringComparison.Ordinal)))
            .Concat(NumberWord().Matches(sentence).Where(m => !questionTokens.Contains(m.Value.ToLowerInvariant())))
            .ToList();
        if (numbers.Count == 0)
        {
            return false;
        }

        if (asksAmountOfMoney)
        {
            return Money().IsMatch(sentence);
        }

        if (countedNoun is null)
        {
            return true;
        }

        // The counted noun within four words after the number ("200 members of the union", "two full years").
        var words = Word().Matches(sentence).ToList();
        return numbers.Any(n => words.Where(w => w.Index > n.Index).Take(4).Any(w => ContentWords.Of(w.Value) is [var c] && c == countedNoun));
    }

    // A capitalised word the question does not give; month names are capitalised but name no one and nowhere.
    private bool IsNewName(string word) =>
        char.IsUpper(word[0]) && !questionTokens.Contains(word.ToLowerInvariant()) && !Months.Contains(word.ToLowerInvariant());

    // "Which hospital": the sentence names one, a capitalised word right beside the noun ("the Cruz Verde hospital",
    // "Hospital Juárez"), not "he was taken to a hospital".
    private bool NamesInstitution(string sentence)
    {
        var words = Word().Matches(sentence).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (ContentWords.Of(words[i]) is not [var w] || w != institution)
            {
                continue;
            }

            for (var j = Math.Max(0, i - 2); j <= Math.Min(words.Count - 1, i + 2); j++)
            {
                if (j != i && IsNewName(words[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The day of a date ("on 20 August 1940") counts nothing: it does not answer "how many years".
    private static bool InDate(string sentence, Match number) =>
        FullDate().Matches(sentence).Any(d => number.Index >= d.Index && number.Index < d.Index + d.Length);

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
    // For a place, the name must follow a word that introduces one ("in Coyoacán", "to Alma Ata", "on Avenida Viena").
    private bool HasNewName(string sentence, bool placeOnly = false)
    {
        var first = true;
        var previous = string.Empty;
        foreach (Match word in Word().Matches(sentence))
        {
            if (!first && IsNewName(word.Value) && (!placeOnly || PlacePrepositions.Contains(previous)) && !commonWords.Contains(word.Value))
            {
                return true;
            }

            first = false;

            // "in the Bronx": the article does not break the preposition's hold.
            var lower = word.Value.ToLowerInvariant();
            previous = lower == "the" && PlacePrepositions.Contains(previous) ? previous : lower;
        }

        return false;
    }

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "to", "from", "near", "into", "on", "outside", "inside", "across", "toward", "towards", "via", "of",
    };

    internal static AnswerType TypeOf(string question) => TypeOf(question, SplitAskingPart(question).Asking);

    // The asking sentence says what is asked ("Vatsetis wanted to halt the offensive. Who pushed back?"); the whole
    // question is the fallback for one whose asking part has no question word.
    private static AnswerType TypeOf(string question, string askingPart)
    {
        var asking = TypeOfText(askingPart);
        return asking != AnswerType.Any ? asking : TypeOfText(question);
    }

    private static AnswerType TypeOfText(string question)
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

        if (NameOf().IsMatch(q))
        {
            // "What was the name of the freighter…": a name the question does not already give.
            return AnswerType.Name;
        }

        if (Where().IsMatch(q))
        {
            return AnswerType.Place;
        }

        if (Why().IsMatch(q))
        {
            return AnswerType.Reason;
        }

        if (WhatEvent().IsMatch(q))
        {
            return AnswerType.Event;
        }

        if (Meaning().IsMatch(q))
        {
            return AnswerType.Meaning;
        }

        if (QuoteAsked().IsMatch(q))
        {
            return AnswerType.Quote;
        }

        return AnswerType.Any;
    }

    [GeneratedRegex(@"\bhow (many|much|big|large|long|old|far)\b|\bnumbers?\b|\bwhat (size|number|salary|wage|wages|price|fee)\b")]
    private static partial Regex HowMany();

    [GeneratedRegex(@"^\s*when\b|\bbirthday\b|\b(what|which) (date|year|day|month)\b|\bin what year\b|\bwhen (did|was|were|is)\b")]
    private static partial Regex When();

    [GeneratedRegex(@"^\s*(who|whom|whose)\b|\bwho (was|were|is|did|got|claimed|replaced|edited|plays)\b|\b(and|but) who\b|\bname the (people|person|men)\b|\bwhich (person|people|man|woman)\b")]
    private static partial Regex Who();

    // "Where is it from?" of a quotation asks for its source, not a place.
    [GeneratedRegex(@"^\s*where\b(?! (is|was|does|did) (it|((that|this|the) (quote|quotation|line|saying))|that|this) (come )?from\b)|\bwhere (is|was|did|were)\b(?! (it|((that|this|the) (quote|quotation|line|saying))|that|this) (come )?from\b)|\b(which|what) (city|country|town|port|place|village|hospital|prison|school|university|ship|street|island|region|river)\b")]
    private static partial Regex Where();

    [GeneratedRegex(@"^\W*(he|she|it|they|his|her|its|their|this|these|those|that|such|there|the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"\b(its|it|there|they|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\b(one-liner|one liner|quotes?|quotations?|sayings?|famous (line|words|remark))\b|\bhow does (it|that|the (quote|line|saying)) go\b")]
    private static partial Regex QuoteAsked();

    // "how many votes", "how many years of exile": the thing counted.
    [GeneratedRegex(@"\bhow many (?<noun>\p{L}+)")]
    private static partial Regex HowManyNoun();

    // "how much money", "how much did the house cost", "how much was he paid": an amount of money.
    [GeneratedRegex(@"\bwhat (salary|wage|wages|price|fee)\b|\bhow much (money|cash|salary|pay)\b|\bhow much\b.*\b(cost|costs|paid|pay|earn|earned|earning|salary|wage|wages|worth|charge|charged|price)\b")]
    private static partial Regex MoneyAsked();

    // "$15", "£200", "15 dollars", "3,000 rubles".
    [GeneratedRegex(@"[$£€¥]\s?\d|\d[\d,.]*\s?(dollars?|rubles?|roubles?|pounds?|francs?|marks?|pesos?|kronor|crowns?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(what|whats|what's) (was|is|were|are)? ?the names? of\b")]
    private static partial Regex NameOf();

    // "which hospital", "what school": places whose answer is their name.
    [GeneratedRegex(@"\b((which|what) |name of (the |his |her |their )?(\p{L}+ ){0,2}?)(?<noun>hospital|school|university|college|prison|museum|church|hotel|clinic|cemetery)s?\b")]
    private static partial Regex WhichInstitution();

    // "Did he ever…", "ok but was he…": a question answered yes or no.
    [GeneratedRegex(@"^\W*((ok|okay|so|and|but)\W+)*(did|was|were|is|does|had|has|do)\b")]
    private static partial Regex YesNo();

    [GeneratedRegex(@"\bwhat(ever)? (became|has become|becomes|happened|has happened|happens) (of|to)\b")]
    private static partial Regex FateAsked();

    [GeneratedRegex(@"\b(give|quote|what were|what are) (me )?(his|her|their|the) (exact |own )?words\b|\bin (his|her|their) (own )?words\b|\bquote (him|her|them|it)\b")]
    private static partial Regex WordsAsked();

    [GeneratedRegex(@"^\s*why\b|\bwhy (did|was|were|is|do|does|had)\b|\bhow come\b|^\s*what (made|drove|led|prompted|caused) \p{L}+ (to )?\p{L}+|\bfor what reason\b|\b(reasoning|rationale|motives?|motivation)\b|\b(die|died|dies|death) (from|of)\b|\bhow did (\p{L}+ ){1,3}die\b|\bcause of\b|\bwhat (killed|caused)\b")]
    private static partial Regex Why();

    // Words that introduce a cause or a purpose in English prose.
    [GeneratedRegex(@"\b(because|since|due to|owing to|as a result|for fear|in order to|so as to|so that|to avoid|to prevent|on suspicion|in protest|concluded that|the reason|given the|led to|caused|died (of|from)|killed by|cause of death|over (his|her|their|its) \p{L}+|over the (issue|question|matter) of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cause();

    // "who was trotsky's defence lawyer", "what did his mother do", "what was the name of trotsky's dog": a wh-word, a verb,
    // optionally "the name of", then a possessive and up to three words of the thing asked about.
    [GeneratedRegex(@"^\s*(who|what|which|where|when|how)\s+(?<aux>was|were|is|are|did|does|do)\s+(the\s+(name|names)\s+of\s+)?(\p{L}+'s?|\p{L}{4,}s|his|her|their|its)\s+(?<np>\p{L}+(\s+\p{L}+){0,2})")]
    private static partial Regex FocusPhrase();

    // The end of a sentence inside a question: "? ", "! ", or ". " after a word of three letters or a number (not "St. ").
    [GeneratedRegex(@"(?<=\p{Ll}{3}\.|\d\.|[?!])\s+")]
    private static partial Regex SentenceEnd();

    // "After trying to restart the economy …, " before "what did …".
    [GeneratedRegex(@"^\s*(after|before|when|while|during|following|back in|in|once|having|given|since|apart from|besides)\b[^,?]{3,},\s*(?=(who|whom|whose|what|which|where|when|why|how)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingClause();

    // "who was the captain of …", "what is the price of …": the role or attribute asked about.
    [GeneratedRegex(@"^\s*(who|what)\s+(was|is|were|are)\s+the\s+(?<noun>\p{L}+)\s+(of|at|in|on|for|to)\b")]
    private static partial Regex RoleOf();

    [GeneratedRegex(@"^\s*who\s+(?<verb>\p{L}+)")]
    private static partial Regex WhoVerb();

    [GeneratedRegex(@"\b(what|which) (event|events|incident|episode)\b|\bwhat happened\b")]
    private static partial Regex WhatEvent();

    // Nouns that name an event in history writing.
    [GeneratedRegex(@"\b(massacres?|revolutions?|war|wars|uprisings?|rebellions?|revolts?|coup|battles?|congress|conference|trials?|strikes?|mutiny|expedition|purges?|famine|assassination|elections?|treaty|offensive|invasion|crisis|putsch|insurrection|demonstrations?|riots?|siege|killings?|execution|affair)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventNoun();

    [GeneratedRegex(@"\b(on|what|which) (date|day)\b|\bexact date\b")]
    private static partial Regex ExactDate();

    // "7 November 1879", "November 7, 1879", "12 November" (a day and a month, the year optional).
    [GeneratedRegex(@"\b\d{1,2} (?<month>January|February|March|April|May|June|July|August|September|October|November|December)(,? (?<year>\d{4}))?\b|\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(,? (?<year>\d{4}))?\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\bwhat does [\w\s'’-]*\b(mean|stand for)\b|\bmeaning of\b|\b(named|called) after\b|\bin english\b|\btranslat")]
    private static partial Regex Meaning();

    // Phrasings that give what a name or word means or where it comes from.
    // A quoted gloss in brackets counts too: Pero ("feather" or "pen" in Russian).
    [GeneratedRegex(@"\b(translated as|translates as|meaning|means|literally|stands for|refers to|named after|named for|in english)\b|\(\s*[""“‘'][^)]*\bin (Russian|English|German|Yiddish|Ukrainian|French|Spanish)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Gloss();

    [GeneratedRegex(@"\b1[0-9]{3}\b|\b20[0-9]{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\d[\d,.]*\d|\d")]
    private static partial Regex Number();

    // Numbers written out: "three posts", "sixteen fronts", "one million".
    [GeneratedRegex(@"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|half)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"[""“”«»]")]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*")]
    private static partial Regex Word();
}
