using ChatBot.Core.Text;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Answering.Replay;

/// <summary>
/// Writes the scripted model's replies for the replay evaluation. A faithful reply is the labelled item's answer (or,
/// when it has none, the passage sentence that holds its evidence), each sentence cited with the number of the prompt
/// passage that holds the evidence; the corrupted replies change it the way a model goes wrong. Every change is generic:
/// built from the item, the prompt's passages and the corpus's names, never written for one item.
/// </summary>
public sealed class ReplayScript(ReplayPeople people, IReadOnlyDictionary<string, string>? standalone = null)
{
    // A passage covering this share of a text's content words restates it.
    private const double RestatementCoverage = 0.5;

    private static readonly SentenceSplitter Sentences = new();

    /// <summary>Every kind of reply, faithful ones first.</summary>
    public static IReadOnlyList<ReplayKind> AllKinds { get; } = Enum.GetValues<ReplayKind>();

    /// <summary>Whether a reply of this kind should be kept, caught or honoured.</summary>
    public static ReplayFamily FamilyOf(ReplayKind kind) => kind switch
    {
        ReplayKind.Faithful or ReplayKind.FaithfulTwoSources or ReplayKind.PartialDecline => ReplayFamily.Faithful,
        ReplayKind.Decline => ReplayFamily.Decline,
        _ => ReplayFamily.Corrupted,
    };

    /// <summary>
    /// The scripted CondenseQuestion reply: the item's hand-written standalone rewrite (what a model would write) when
    /// there is one, otherwise the previous question followed by this one.
    /// </summary>
    public string Standalone(EvalItem item) =>
        standalone?.GetValueOrDefault(item.Id) ?? FollowUpQueryExpander.Expand(item.Question, item.History);

    /// <summary>Whether the item has a hand-written standalone rewrite.</summary>
    public bool HasStandalone(EvalItem item) => standalone?.ContainsKey(item.Id) == true;

    /// <summary>The reply of <paramref name="kind"/> to <paramref name="item"/>, given the passages the prompt shows.</summary>
    public ScriptedReply Reply(EvalItem item, ReplayKind kind, IReadOnlyList<PromptSource> sources)
    {
        if (kind == ReplayKind.Decline)
        {
            return new ScriptedReply(kind, DeclineSentence.Text, true);
        }

        if (item.IsUnanswerable || string.IsNullOrWhiteSpace(item.Evidence))
        {
            // An unanswerable question: the only wrong reply worth scripting is an invented answer.
            return kind == ReplayKind.InventedSentence && sources.Count > 0
                ? Reply(kind, [Cite(ReplayCorruptions.Invention(item.Id), 1)], corrupted: [0])
                : ScriptedReply.NotApplicable(kind);
        }

        var evidence = AnswerEvaluator.NormaliseEvidence(item.Evidence);
        var holder = sources.FirstOrDefault(s => AnswerEvaluator.NormaliseEvidence(s.Text).Contains(evidence, StringComparison.Ordinal));
        if (holder is null)
        {
            // A model shown no passage with the answer should decline; the verifier is not what is measured here.
            return ScriptedReply.NotApplicable(kind, evidenceRetrieved: false);
        }

        var claims = FaithfulSentences(item, holder);
        if (claims.Count == 0)
        {
            return ScriptedReply.NotApplicable(kind, evidenceRetrieved: true);
        }

        var n = holder.Number;
        var evidenceWords = TextAnalyzer.Terms(evidence).ToHashSet();
        var evidenceClaim = claims.OrderByDescending(c => TextAnalyzer.Terms(c).Distinct().Count(evidenceWords.Contains)).First();

        // The wrong passage: the highest-ranked one that neither holds the evidence nor restates most of its words.
        var other = sources.FirstOrDefault(s => s.Number != n && !HoldsAnswer(s, item, evidence) && Coverage(evidence, s.Text) < RestatementCoverage);
        var reply = kind switch
        {
            ReplayKind.Faithful => Reply(kind, [.. claims.Select(c => Cite(c, n))], expected: true),
            ReplayKind.PartialDecline => Reply(kind, [.. claims.Select(c => Cite(c, n)), DeclineSentence.Text], expected: true),
            ReplayKind.NoMarkers => Reply(kind, claims, expected: true),
            ReplayKind.WrongPassage => other is null ? null : Reply(kind, [.. claims.Select(c => Cite(c, other.Number))], expected: true),
            ReplayKind.InventedSentence => Reply(kind, [.. claims.Select(c => Cite(c, n)), Cite(ReplayCorruptions.Invention(item.Id), n)], corrupted: [claims.Count]),
            ReplayKind.ChangedNumber => Changed(kind, claims, n, s => ReplayCorruptions.ChangeNumber(s, holder.Text), firstOnly: true),
            ReplayKind.ChangedMonth => Changed(kind, claims, n, s => ReplayCorruptions.ChangeMonth(s, holder.Text), firstOnly: true),
            ReplayKind.Negated => Changed(kind, claims, n, s => ReplayCorruptions.Negate(s) is { } negated ? (negated, null) : null, firstOnly: true),
            ReplayKind.SwappedName => Swapped(kind, item, claims, holder, samePassage: false),
            ReplayKind.SwappedNameSamePassage => Swapped(kind, item, claims, holder, samePassage: true),
            ReplayKind.MergedPassages or ReplayKind.FaithfulTwoSources => Merged(kind, claims, holder, other),
            _ => null,
        };

        return (reply ?? ScriptedReply.NotApplicable(kind, true)) with
        {
            EvidenceRetrieved = true,
            EvidenceSource = n,
            EvidenceClaim = Cite(evidenceClaim, kind == ReplayKind.WrongPassage && other is not null ? other.Number : n),
            OtherSource = kind is ReplayKind.WrongPassage or ReplayKind.MergedPassages or ReplayKind.FaithfulTwoSources ? other?.Number : null,
        };
    }

    /// <summary>"… claim [n]." (or "[n][m]"); a sentence of at most two content words ("Yes.") is not cited.</summary>
    public static string Cite(string sentence, params int[] numbers)
    {
        if (TextAnalyzer.Terms(sentence).Count <= 2)
        {
            return sentence;
        }

        var cited = CitationVerifier.AppendMarker(sentence, numbers[0]);
        return numbers.Length == 1 ? cited : cited.Replace($"[{numbers[0]}]", CitationMarkers.Format(numbers), StringComparison.Ordinal);
    }

    private static ScriptedReply Reply(ReplayKind kind, IReadOnlyList<string> sentences, bool expected = false, IReadOnlyList<int>? corrupted = null) =>
        new(kind, string.Join(" ", sentences), true)
        {
            Claims = expected ? [.. sentences.Where(s => !DeclineSentence.Is(s))] : [],
            Corrupted = corrupted is null ? [] : [.. corrupted.Select(i => sentences[i])],
        };

    // The labelled answer, or the passage sentence(s) holding the evidence when the item has no answer text.
    private static List<string> FaithfulSentences(EvalItem item, PromptSource holder)
    {
        if (!string.IsNullOrWhiteSpace(item.Answer))
        {
            return [.. Sentences.Split(item.Answer.Trim())];
        }

        var evidence = AnswerEvaluator.NormaliseEvidence(item.Evidence);
        var sentences = Sentences.Split(holder.Text);
        var containing = sentences.Where(s => AnswerEvaluator.NormaliseEvidence(s).Contains(evidence, StringComparison.Ordinal)).Take(1).ToList();
        if (containing.Count > 0)
        {
            return containing;
        }

        // The evidence runs over a sentence boundary: the sentence where it starts and the next one.
        var head = evidence[..Math.Min(30, evidence.Length)];
        var start = sentences.ToList().FindIndex(s => AnswerEvaluator.NormaliseEvidence(s).Contains(head, StringComparison.Ordinal));
        return start < 0 ? [] : [.. sentences.Skip(start).Take(2)];
    }

    // A passage "holds the answer" when it contains the evidence or every must_include string: citing it is not wrong.
    private static bool HoldsAnswer(PromptSource source, EvalItem item, string evidence) =>
        AnswerEvaluator.NormaliseEvidence(source.Text).Contains(evidence, StringComparison.Ordinal)
        || (item.MustInclude.Count > 0 && item.MustInclude.All(m => source.Text.Contains(m, StringComparison.OrdinalIgnoreCase)));

    // Changes the claims (the first changeable one only, or all); the change gives the new sentence and the word it brought in.
    private static ScriptedReply? Changed(ReplayKind kind, List<string> claims, int n, Func<string, (string Sentence, string? Introduced)?> change, bool firstOnly = false)
    {
        var sentences = claims.ToList();
        var corrupted = new List<int>();
        string? introduced = null;
        for (var i = 0; i < sentences.Count && !(firstOnly && corrupted.Count > 0); i++)
        {
            if (TextAnalyzer.Terms(sentences[i]).Count > 2 && change(sentences[i]) is { } changed && changed.Sentence != sentences[i])
            {
                sentences[i] = changed.Sentence;
                introduced ??= changed.Introduced;
                corrupted.Add(i);
            }
        }

        return corrupted.Count == 0 ? null : Reply(kind, [.. sentences.Select(s => Cite(s, n))], corrupted: corrupted) with { Introduced = introduced };
    }

    private static double Coverage(string text, string passage)
    {
        var words = TextAnalyzer.Terms(text).Distinct().ToList();
        var held = TextAnalyzer.Terms(passage).ToHashSet();
        return words.Count == 0 ? 0 : (double)words.Count(held.Contains) / words.Count;
    }

    private ScriptedReply? Swapped(ReplayKind kind, EvalItem item, List<string> claims, PromptSource holder, bool samePassage)
    {
        var holderWords = ReplayCorruptions.WordsOf(holder.Text);
        var text = string.Join(" ", claims);
        var original = people.Surnames.FirstOrDefault(s => holderWords.Contains(TextAnalyzer.Fold(s)) && ReplayCorruptions.WordPattern(s).IsMatch(text));
        if (original is null)
        {
            return null;
        }

        var claimWords = ReplayCorruptions.WordsOf(text);
        var pool = people.Surnames
            .Where(s => s != original && !claimWords.Contains(TextAnalyzer.Fold(s)) && holderWords.Contains(TextAnalyzer.Fold(s)) == samePassage)
            .ToList();
        if (pool.Count == 0)
        {
            return null;
        }

        var replacement = pool[(int)(ReplayCorruptions.StableHash(item.Id) % (uint)pool.Count)];
        // A same-passage name is written in the cited passage by design: shown at all, it has reached the user.
        return Changed(kind, claims, holder.Number, s => (ReplayCorruptions.WordPattern(original).Replace(s, replacement), samePassage ? null : replacement));
    }

    private static ScriptedReply? Merged(ReplayKind kind, List<string> claims, PromptSource holder, PromptSource? other)
    {
        var n = holder.Number;
        var first = claims.FindIndex(c => TextAnalyzer.Terms(c).Count > 2);

        // A fact of the other passage that the cited one does not state (else the "merge" would be supported after all).
        var borrowed = other is null ? null : Sentences.Split(other.Text)
            .FirstOrDefault(s => TextAnalyzer.Terms(s).Count >= 4 && s.Split(' ').Length <= 40 && !s.Contains('"', StringComparison.Ordinal)
                && !CitationMarkers.Find(s).Any() && Coverage(s, holder.Text) < RestatementCoverage);
        if (first < 0 || borrowed is null)
        {
            return null;
        }

        var joined = $"{claims[first].TrimEnd('.', '!', '?', ' ')}; {ReplayCorruptions.LowerFirstCommonWord(borrowed.TrimEnd('.', '!', '?', ' '))}.";
        var sentences = claims.Select((c, i) => i == first
            ? (kind == ReplayKind.FaithfulTwoSources ? Cite(joined, n, other!.Number) : Cite(joined, n))
            : Cite(c, n)).ToList();
        return kind == ReplayKind.FaithfulTwoSources
            ? Reply(kind, sentences, expected: true)
            : Reply(kind, sentences, corrupted: [first]);
    }

}
