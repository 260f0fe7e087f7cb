using ChatBot.Core.Text;
using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Answering.Names;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Answering;

/// <summary>
/// The citation check of one answer, a sentence at a time (see <see cref="CitationVerifier"/> for the rules). Sources
/// are numbered in order of first use, so a sentence's markers are final as soon as it is checked: a streamed answer
/// shows each sentence as it will stand in the whole, and <see cref="Complete"/> gives what checking the whole text at
/// once gives.
/// </summary>
public sealed partial class CitationCheck
{
    // A sentence this short ("Here is what the text says:") makes no claim worth a source, so it may stay uncited.
    private const int MaxWordsOfConnective = 2;

    private readonly IReadOnlyList<Passage> sources;
    private readonly CitationSupport support;
    private readonly CorpusNames names;
    private readonly CitationFactory citations;
    private readonly int maxCitations;
    private readonly List<int> order = [];              // source numbers in order of first use
    private readonly Dictionary<int, List<string>> claimsBySource = [];
    private readonly List<string> kept = [];
    private int dropped;
    private int droppedSentences;
    private VerifiedAnswer? result;

    internal CitationCheck(IReadOnlyList<Passage> sources, CitationSupport support, CorpusNames names, CitationFactory citations, int maxCitations)
    {
        this.sources = sources;
        this.support = support;
        this.names = names;
        this.citations = citations;
        this.maxCitations = maxCitations;
    }

    /// <summary>
    /// Checks the next sentence (split as <see cref="CitationVerifier.SplitSentences"/> splits): the sentence as it
    /// stands in the answer, or null when it is dropped (no source supports it) or holds nothing but markers.
    /// </summary>
    public async Task<CheckedSentence?> AddAsync(string sentence, CancellationToken cancellationToken = default)
    {
        if (result is not null)
        {
            throw new InvalidOperationException("The check is complete: no sentence can be added.");
        }

        var groups = CitationMarkers.Find(sentence).ToList();
        var claim = CitationMarkers.Strip(sentence);
        if (DeclineSentence.Is(claim))
        {
            // "I couldn't find that in the text." says what the passages lack; it is kept, never cited.
            dropped += groups.Sum(g => g.Numbers.Count);
            kept.Add(claim);
            return new CheckedSentence(claim, [], false);
        }

        var named = groups.SelectMany(g => g.Numbers).Distinct().ToList();
        var supported = new HashSet<int>();
        var inRange = named.Where(n => n >= 1 && n <= sources.Count).Select(n => n - 1).ToList();
        dropped += named.Count - inRange.Count;
        foreach (var source in inRange)
        {
            if (await support.IsSupportedAsync(claim, source, inRange, cancellationToken).ConfigureAwait(false))
            {
                supported.Add(source + 1);
            }
            else
            {
                dropped++;
            }
        }

        int? attributed = null;
        if (supported.Count == 0 && TextAnalyzer.Terms(claim).Count > 0)
        {
            // A claim without a (valid) marker keeps its place only if some source supports it, or if it is a mere connective.
            attributed = await support.BestSupportingAsync(claim, cancellationToken).ConfigureAwait(false) is { } best ? best + 1 : null;
            if (attributed is null && !IsConnective(claim, names))
            {
                droppedSentences++;
                return null;
            }
        }

        if (claim.Length == 0)
        {
            return null;
        }

        var used = named.Where(supported.Contains).Append(attributed ?? 0).Where(n => n > 0).ToList();
        foreach (var n in used)
        {
            if (!order.Contains(n))
            {
                order.Add(n);
                if (order.Count > maxCitations)
                {
                    dropped++;
                }
            }

            if (!claimsBySource.TryGetValue(n, out var claims))
            {
                claimsBySource[n] = claims = [];
            }

            claims.Add(claim);
        }

        var rewritten = Rewrite(sentence, groups, supported, attributed);
        if (rewritten.Length == 0)
        {
            return null;
        }

        kept.Add(rewritten);
        var numbered = used.Select(NumberOf).Where(i => i > 0).Distinct().Order().ToList();
        return new CheckedSentence(rewritten, [.. numbered.Select(CitationOf)], numbered.Count > 0);
    }

    /// <summary>The whole answer: the kept sentences, and one citation per source they name, quoting every claim made of it.</summary>
    public VerifiedAnswer Complete()
    {
        if (result is null)
        {
            var cited = Enumerable.Range(1, Math.Min(order.Count, maxCitations)).Select(CitationOf).ToList();
            result = new VerifiedAnswer(string.Join(' ', kept), cited, dropped, droppedSentences);
        }

        return result;
    }

    // The number a source has in the answer: its place in the order of first use, 0 past the citation limit.
    private int NumberOf(int source) => order.IndexOf(source) is var i and >= 0 && i < maxCitations ? i + 1 : 0;

    private Citation CitationOf(int index)
    {
        var source = order[index - 1];
        return citations.Create(index, sources[source - 1], support.Quote(source - 1, claimsBySource[source]));
    }

    // "Here is what I found." and "Yes." may stand uncited; "He opposed the Bolsheviks." is short too, but names someone: a
    // claim. (A one-word sentence is a name only when the corpus writes that word as one: "Kamenev.", not "Yes.")
    private static bool IsConnective(string claim, CorpusNames names) =>
        TextAnalyzer.Terms(claim) is { Count: <= MaxWordsOfConnective } words
        && !words.Any(w => char.IsDigit(w[0]))
        && (NameFinder.Phrases(claim, names.IsCommonWord).Count == 0
            || (CitationMarkers.Strip(claim).Trim('.', '!', '?', ' ') is var word && !word.Contains(' ', StringComparison.Ordinal) && !names.IsProperNoun(word)));

    private string Rewrite(string sentence, List<CitationMarkers.Group> groups, HashSet<int> supported, int? attributed)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (var group in groups)
        {
            builder.Append(sentence, position, group.Index - position);
            var numbers = group.Numbers.Where(supported.Contains).Select(NumberOf).Where(i => i > 0).Distinct();
            builder.Append(CitationMarkers.Format(numbers));
            position = group.Index + group.Length;
        }

        builder.Append(sentence, position, sentence.Length - position);
        var text = CitationMarkers.Tidy(CollapseAdjacent(builder.ToString()));
        if (attributed is { } source && NumberOf(source) is var index and > 0)
        {
            text = CitationVerifier.AppendMarker(text, index);
        }

        return text;
    }

    // "[1][1]" can appear when two groups name the same source after renumbering.
    private static string CollapseAdjacent(string text)
    {
        string previous;
        do
        {
            previous = text;
            text = RepeatedMarker().Replace(text, "[$1]");
        }
        while (text != previous);
        return text;
    }

    [GeneratedRegex(@"\[(\d+)\]\s*\[\1\]")]
    private static partial Regex RepeatedMarker();
}
