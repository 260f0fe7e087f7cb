using System.Runtime.CompilerServices;
using System.Text;
using ChatBot.Core.Answering.Names;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Answering;

/// <summary>
/// Checks the citations of an answer, whoever wrote it: markers naming no source are removed, each cited sentence must be
/// supported by its passage (<see cref="CitationSupport"/>: numbers, names, content words, negation; embedding similarity
/// when enabled), unsupported citations are dropped, the rest renumbered 1..n in order of first use, at most
/// <see cref="AnsweringOptions.MaxCitations"/>. The decline sentence is never cited. Name aliases come from the corpus
/// index when one is registered, otherwise from the passages being checked.
/// </summary>
public sealed class CitationVerifier(
    IOptions<AnsweringOptions> options,
    CitationFactory citations,
    IEmbeddingGenerator<string, Embedding<float>>? embeddings = null,
    ICorpusIndex? corpus = null)
{
    // One alias table per loaded corpus; a rebuilt index is a new instance and gets its own.
    private static readonly ConditionalWeakTable<IndexedCorpus, CorpusNames> NamesByCorpus = [];

    // A sentence this short ("Here is what the text says:") makes no claim worth a source, so it may stay uncited.
    private const int MaxWordsOfConnective = 2;

    private static readonly SentenceSplitter Sentences = new();

    private readonly AnsweringOptions settings = options.Value;

    /// <summary>Verifies <paramref name="text"/>, whose markers [n] refer to <paramref name="sources"/>[n-1].</summary>
    public async Task<VerifiedAnswer> VerifyAsync(string text, IReadOnlyList<Passage> sources, CancellationToken cancellationToken = default)
    {
        using var activity = ChatBotTelemetry.Source.StartActivity(ChatBotTelemetry.VerifySpan);
        var names = await NamesAsync(sources, cancellationToken);
        var support = new CitationSupport(sources, settings, names, embeddings);
        var order = new List<int>();              // source numbers in order of first use
        var claimsBySource = new Dictionary<int, List<string>>();
        var kept = new List<(string Sentence, List<CitationMarkers.Group> Groups, HashSet<int> Supported, int? Attributed)>();
        int dropped = 0, droppedSentences = 0;

        foreach (var sentence in Sentences.Split(CitationMarkers.BeforeStops(text ?? string.Empty)))
        {
            var groups = CitationMarkers.Find(sentence).ToList();
            var claim = CitationMarkers.Strip(sentence);
            if (DeclineSentence.Is(claim))
            {
                // "I couldn't find that in the text." says what the passages lack; it is kept, never cited.
                dropped += groups.Sum(g => g.Numbers.Count);
                kept.Add((claim, [], [], null));
                continue;
            }

            var named = groups.SelectMany(g => g.Numbers).Distinct().ToList();
            var supported = new HashSet<int>();
            var inRange = named.Where(n => n >= 1 && n <= sources.Count).Select(n => n - 1).ToList();
            dropped += named.Count - inRange.Count;
            foreach (var source in inRange)
            {
                if (await support.IsSupportedAsync(claim, source, inRange, cancellationToken))
                {
                    supported.Add(source + 1);
                }
                else
                {
                    dropped++;
                }
            }

            int? attributed = null;
            if (supported.Count == 0 && ContentWords.Of(claim).Count > 0)
            {
                // A claim without a (valid) marker keeps its place only if some source supports it, or if it is a mere connective.
                attributed = await support.BestSupportingAsync(claim, cancellationToken) is { } best ? best + 1 : null;
                if (attributed is null && !IsConnective(claim, names))
                {
                    droppedSentences++;
                    continue;
                }
            }

            if (claim.Length == 0)
            {
                continue;
            }

            foreach (var n in named.Where(supported.Contains).Append(attributed ?? 0).Where(n => n > 0))
            {
                if (!order.Contains(n))
                {
                    order.Add(n);
                }

                if (!claimsBySource.TryGetValue(n, out var claims))
                {
                    claimsBySource[n] = claims = [];
                }

                claims.Add(claim);
            }

            kept.Add((sentence, groups, supported, attributed));
        }

        var renumbered = order.Take(settings.MaxCitations).Select((n, i) => (n, i + 1)).ToDictionary(x => x.n, x => x.Item2);
        dropped += Math.Max(0, order.Count - settings.MaxCitations);
        var answer = new StringBuilder();
        foreach (var (sentence, groups, supported, attributed) in kept)
        {
            var rewritten = Rewrite(sentence, groups, supported, renumbered, attributed);
            if (rewritten.Length > 0)
            {
                answer.Append(answer.Length > 0 ? " " : string.Empty).Append(rewritten);
            }
        }

        var cited = new List<Citation>();
        foreach (var (source, index) in renumbered.OrderBy(x => x.Value))
        {
            cited.Add(citations.Create(index, sources[source - 1], support.Quote(source - 1, claimsBySource[source])));
        }

        ChatBotTelemetry.Verified(activity, cited.Count, dropped, droppedSentences);
        return new VerifiedAnswer(answer.ToString(), cited, dropped, droppedSentences);
    }

    // "Here is what I found." and "Yes." may stand uncited; "He opposed the Bolsheviks." is short too, but names someone: a
    // claim. (A one-word sentence is a name only when the corpus writes that word as one: "Kamenev.", not "Yes.")
    private static bool IsConnective(string claim, CorpusNames names) =>
        ContentWords.Of(claim) is { Count: <= MaxWordsOfConnective } words
        && !words.Any(w => char.IsDigit(w[0]))
        && (NameFinder.Phrases(claim, names.IsCommonWord).Count == 0
            || (CitationMarkers.Strip(claim).Trim('.', '!', '?', ' ') is var word && !word.Contains(' ', StringComparison.Ordinal) && !names.IsProperNoun(word)));

    private async Task<CorpusNames> NamesAsync(IReadOnlyList<Passage> sources, CancellationToken cancellationToken)
    {
        if (corpus is null)
        {
            return CorpusNames.From(sources);
        }

        var loaded = await corpus.GetAsync(cancellationToken).ConfigureAwait(false);
        return NamesByCorpus.GetValue(loaded, c => CorpusNames.From(c.Sections));
    }

    private static string Rewrite(string sentence, List<CitationMarkers.Group> groups, HashSet<int> supported, Dictionary<int, int> renumbered, int? attributed)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (var group in groups)
        {
            builder.Append(sentence, position, group.Index - position);
            var numbers = group.Numbers.Where(n => supported.Contains(n) && renumbered.ContainsKey(n)).Select(n => renumbered[n]).Distinct();
            builder.Append(CitationMarkers.Format(numbers));
            position = group.Index + group.Length;
        }

        builder.Append(sentence, position, sentence.Length - position);
        var text = CitationMarkers.Tidy(CollapseAdjacent(builder.ToString()));
        if (attributed is { } source && renumbered.TryGetValue(source, out var index))
        {
            text = AppendMarker(text, index);
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
            text = System.Text.RegularExpressions.Regex.Replace(text, @"\[(\d+)\]\s*\[\1\]", "[$1]");
        }
        while (text != previous);
        return text;
    }

    /// <summary>Puts a marker before the closing punctuation of a sentence: "… 1903 [1]."</summary>
    internal static string AppendMarker(string sentence, int index)
    {
        var end = sentence.Length;
        while (end > 0 && sentence[end - 1] is '.' or '!' or '?' or '…')
        {
            end--;
        }

        return end == sentence.Length || end == 0
            ? $"{sentence} [{index}]"
            : $"{sentence[..end]} [{index}]{sentence[end..]}";
    }
}
