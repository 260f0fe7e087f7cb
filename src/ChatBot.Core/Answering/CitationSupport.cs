using ChatBot.Core.Text;
using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using ChatBot.Core.Answering.Names;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.AI;

namespace ChatBot.Core.Answering;

/// <summary>
/// Whether passages support a claim, for <see cref="CitationVerifier"/>. The cited passage(s) must hold every number of
/// the claim and every name (folded, with the aliases the corpus gives), cover its content words (the whole claim and
/// each clause of it, so that a clause borrowed from another passage does not ride on a supported one), and not be
/// contradicted by a "not"/"never" the passage does not write; optionally, a sentence embedding close enough also counts.
/// </summary>
internal sealed partial class CitationSupport(IReadOnlyList<Passage> sources, AnsweringOptions settings, CorpusNames corpusNames, IEmbeddingGenerator<string, Embedding<float>>? embeddings)
{
    // A clause this short ("as he wrote") carries no fact of its own to check.
    private const int MinClauseWords = 3;

    // A claim draws on at most this many sentences of a passage, each after the first adding this many of its words.
    private const int MaxDrawnSentences = 3;
    private const int MinAddedWords = 2;

    private static readonly SentenceSplitter Sentences = new();

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "never", "no", "t", "cannot", "nobody", "nothing", "none", "neither", "nor", "nowhere",
    };

    // Words by which a passage says "not" without the word: a claim's "could not return" restates "made it impossible to return".
    private static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "impossible", "unable", "failed", "fail", "fails", "refused", "refuse", "refuses", "denied", "deny", "denies", "without",
        "lack", "lacked", "prevented", "forbidden", "forbade", "banned", "barred", "rejected", "declined", "ceased", "incorrect",
        "unsuccessfully", "unsuccessful",
    };

    private readonly Dictionary<int, HashSet<string>> wordsOf = [];
    private readonly Dictionary<int, IReadOnlyList<string>> sentencesOf = [];
    private readonly Dictionary<(int, string), PassageNames> windowNamesOf = [];
    private readonly Dictionary<(int, int), HashSet<string>> sentenceWordsOf = [];

    /// <summary>
    /// Whether <paramref name="source"/> supports <paramref name="claim"/>, which cites <paramref name="group"/> together:
    /// the group must hold the claim's numbers and names and cover its content words, and this source its share of them.
    /// </summary>
    public async Task<bool> IsSupportedAsync(string claim, int source, IReadOnlyList<int> group, CancellationToken cancellationToken)
    {
        var claimWords = TextAnalyzer.Terms(claim).Distinct().ToList();
        if (claimWords.Count == 0)
        {
            return false;
        }

        var passageWords = WordsOf(source);
        var groupWords = group.Count <= 1 ? passageWords : group.SelectMany(WordsOf).ToHashSet();

        // A number none of the cited passages holds (a date, a count) is the commonest invented detail; a name is the next.
        if (claimWords.Any(w => char.IsDigit(w[0]) && !groupWords.Contains(w)) || !NamesHeld(claim, group) || Contradicts(claim, group))
        {
            return false;
        }

        var coverage = Coverage(claimWords, passageWords);
        var groupCoverage = Coverage(claimWords, groupWords);
        if (groupCoverage >= settings.MinCitationSupport && coverage >= settings.MinCitationSupport / Math.Max(1, group.Count) && ClausesCovered(claim, groupWords))
        {
            return true;
        }

        return embeddings is not null && coverage > 0 && await EmbeddingSimilarityAsync(claim, source, cancellationToken) >= settings.MinEmbeddingSupport;
    }

    /// <summary>The source that best supports a claim that cites none, if any of the three sharing most words with it does.</summary>
    public async Task<int?> BestSupportingAsync(string claim, CancellationToken cancellationToken)
    {
        var claimWords = TextAnalyzer.Terms(claim).Distinct().ToList();
        var ranked = Enumerable.Range(0, sources.Count)
            .OrderByDescending(i => claimWords.Count(WordsOf(i).Contains))
            .ToList();
        foreach (var candidate in ranked.Take(3))
        {
            if (await IsSupportedAsync(claim, candidate, [candidate], cancellationToken))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The passage sentence(s) that best support the claims citing it, at most two, in passage order.</summary>
    public string Quote(int source, IReadOnlyList<string> claims)
    {
        var sentences = SentencesOf(source);
        if (sentences.Count == 0)
        {
            return sources[source].Text;
        }

        var picked = new HashSet<int>();
        foreach (var claim in claims)
        {
            picked.Add(BestSentences(source, TextAnalyzer.Terms(claim).ToHashSet(), 1)[0]);
            if (picked.Count == 2)
            {
                break;
            }
        }

        return string.Join(" ", picked.Order().Select(i => sentences[i]));
    }

    private static double Coverage(List<string> claimWords, HashSet<string> words) => (double)claimWords.Count(words.Contains) / claimWords.Count;

    // Every name of the claim must be found in the passages it cites, as every number must, and near the sentence the
    // claim draws on: a passage that names two people supports "A did it" only where it says A did it.
    private bool NamesHeld(string claim, IReadOnlyList<int> group)
    {
        var phrases = NameFinder.Phrases(claim, corpusNames.IsCommonWord);
        if (phrases.Count == 0)
        {
            return true;
        }

        var claimWords = TextAnalyzer.Terms(claim).ToHashSet();
        var names = group.Select(source => WindowNamesOf(source, DrawnOn(source, claimWords))).ToList();
        return phrases.All(p => PassageNames.Support(names, p, corpusNames.IsCommonWord));
    }

    // A clause that says "not" or "never" where the passage sentence it draws on says no such thing reverses it.
    private bool Contradicts(string claim, IReadOnlyList<int> group)
    {
        foreach (var clause in ClauseBreak().Split(claim))
        {
            if (!TextAnalyzer.Tokens(clause).Any(Negations.Contains) || TextAnalyzer.Terms(clause).Count == 0)
            {
                continue;
            }

            // The passage must say "not" at least as often as the clause; a negative word counts only when the clause does
            // not repeat it ("refused … and was not recalled" is not backed by the "refused" it copies).
            var tokens = TextAnalyzer.Tokens(clause).ToList();
            var own = tokens.ToHashSet(StringComparer.Ordinal);
            var needed = tokens.Count(Negations.Contains);
            var clauseWords = TextAnalyzer.Terms(clause).ToHashSet();
            var backed = group.Any(source => BestSentences(source, clauseWords, int.MaxValue, tiesOnly: true)
                .Any(i => i < SentencesOf(source).Count
                    && TextAnalyzer.Tokens(SentencesOf(source)[i]).Count(t => Negations.Contains(t) || (NegativeWords.Contains(t) && !own.Contains(t))) >= needed));
            if (!backed)
            {
                return true;
            }
        }

        return false;
    }

    // "X did this; Y did that [1]": each clause must be covered by the cited passages on its own, so a fact borrowed from
    // an uncited passage cannot hide behind a supported one.
    private bool ClausesCovered(string claim, HashSet<string> groupWords)
    {
        var clauses = ClauseBreak().Split(claim);
        if (clauses.Length < 2)
        {
            return true;
        }

        foreach (var clause in clauses)
        {
            var words = TextAnalyzer.Terms(clause).Distinct().ToList();
            if (words.Count >= MinClauseWords && Coverage(words, groupWords) < settings.MinCitationSupport)
            {
                return false;
            }
        }

        return true;
    }

    // Indexes of the passage sentences sharing most content words with the claim, best first (only those tied with the
    // best when tiesOnly).
    private List<int> BestSentences(int source, HashSet<string> claimWords, int count, bool tiesOnly = false)
    {
        var sentences = SentencesOf(source);
        var ranked = Enumerable.Range(0, Math.Max(1, sentences.Count))
            .Select(i => (i, overlap: i < sentences.Count ? SentenceWordsOf(source, i).Count(claimWords.Contains) : 0))
            .OrderByDescending(x => x.overlap)
            .ThenBy(x => x.i)
            .ToList();
        return [.. ranked.Where(x => !tiesOnly || x.overlap == ranked[0].overlap).Take(count).Select(x => x.i)];
    }

    // The passage sentences a claim draws on: the one sharing most of its words, then each that adds words the chosen
    // ones lack (a claim may join two sentences), at most MaxDrawnSentences.
    private List<int> DrawnOn(int source, HashSet<string> claimWords)
    {
        var sentences = SentencesOf(source);
        var remaining = new HashSet<string>(claimWords);
        var chosen = new List<int>();
        while (chosen.Count < MaxDrawnSentences && remaining.Count > 0)
        {
            var best = Enumerable.Range(0, sentences.Count).Where(i => !chosen.Contains(i))
                .Select(i => (i, words: SentenceWordsOf(source, i).Where(remaining.Contains).ToList()))
                .OrderByDescending(x => x.words.Count).ThenBy(x => x.i).FirstOrDefault();
            if (best.words is null || best.words.Count < (chosen.Count == 0 ? 1 : MinAddedWords))
            {
                break;
            }

            chosen.Add(best.i);
            remaining.ExceptWith(best.words);
        }

        return chosen;
    }

    // The names of the sentences a claim draws on and of the sentence before each (where a "he" or "it" is named).
    private PassageNames WindowNamesOf(int source, List<int> drawn)
    {
        var key = (source, string.Join(',', drawn.Order()));
        if (!windowNamesOf.TryGetValue(key, out var names))
        {
            var sentences = SentencesOf(source);
            var window = drawn.Count == 0
                ? sources[source].Text
                : string.Join(" ", drawn.SelectMany(i => new[] { i - 1, i }).Where(i => i >= 0).Distinct().Order().Select(i => sentences[i]));
            windowNamesOf[key] = names = new PassageNames(window, sources[source], corpusNames);
        }

        return names;
    }

    private HashSet<string> WordsOf(int source)
    {
        if (!wordsOf.TryGetValue(source, out var words))
        {
            wordsOf[source] = words = TextAnalyzer.Terms(sources[source].Text).ToHashSet();
        }

        return words;
    }

    // The distinct content words of one sentence of a passage.
    private HashSet<string> SentenceWordsOf(int source, int sentence)
    {
        if (!sentenceWordsOf.TryGetValue((source, sentence), out var words))
        {
            sentenceWordsOf[(source, sentence)] = words = TextAnalyzer.Terms(SentencesOf(source)[sentence]).ToHashSet();
        }

        return words;
    }

    private IReadOnlyList<string> SentencesOf(int source)
    {
        if (!sentencesOf.TryGetValue(source, out var sentences))
        {
            sentencesOf[source] = sentences = Sentences.Split(sources[source].Text);
        }

        return sentences;
    }

    private async Task<double> EmbeddingSimilarityAsync(string claim, int source, CancellationToken cancellationToken)
    {
        var texts = new List<string> { claim };
        texts.AddRange(SentencesOf(source));
        var vectors = await embeddings!.GenerateAsync(texts, cancellationToken: cancellationToken);
        var claimVector = vectors[0].Vector.Span;
        var best = 0.0;
        for (var i = 1; i < vectors.Count; i++)
        {
            best = Math.Max(best, TensorPrimitives.CosineSimilarity(claimVector, vectors[i].Vector.Span));
        }

        return best;
    }

    [GeneratedRegex(@"\s*;\s*|,\s+(?:and|but|while|whereas|although|though|despite)\s+")]
    private static partial Regex ClauseBreak();
}
