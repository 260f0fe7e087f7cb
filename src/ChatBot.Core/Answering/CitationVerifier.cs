using System.Numerics.Tensors;
using System.Text;
using ChatBot.Core.Indexing;
using ChatBot.Core.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Answering;

/// <summary>
/// Checks the citations of an answer, whoever wrote it: markers naming no source are removed, each cited sentence must be
/// supported by its passage (content-word overlap, and embedding similarity when an embedding generator is registered),
/// unsupported citations are dropped, the rest renumbered 1..n in order of first use, at most <see cref="AnsweringOptions.MaxCitations"/>.
/// </summary>
public sealed class CitationVerifier(
    IOptions<AnsweringOptions> options,
    CitationFactory citations,
    IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
{
    // A sentence this short ("Here is what the text says:") makes no claim worth a source, so it may stay uncited.
    private const int MaxWordsOfConnective = 2;

    private static readonly SentenceSplitter Sentences = new();

    private readonly AnsweringOptions settings = options.Value;

    /// <summary>Verifies <paramref name="text"/>, whose markers [n] refer to <paramref name="sources"/>[n-1].</summary>
    public async Task<VerifiedAnswer> VerifyAsync(string text, IReadOnlyList<Passage> sources, CancellationToken cancellationToken = default)
    {
        using var activity = ChatBotTelemetry.Source.StartActivity(ChatBotTelemetry.VerifySpan);
        var support = new SupportCheck(sources, settings, embeddings);
        var order = new List<int>();              // source numbers in order of first use
        var claimsBySource = new Dictionary<int, List<string>>();
        var kept = new List<(string Sentence, List<CitationMarkers.Group> Groups, HashSet<int> Supported, int? Attributed)>();
        int dropped = 0, droppedSentences = 0;

        foreach (var sentence in Sentences.Split(CitationMarkers.BeforeStops(text ?? string.Empty)))
        {
            var groups = CitationMarkers.Find(sentence).ToList();
            var claim = CitationMarkers.Strip(sentence);
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
                if (attributed is null && ContentWords.Of(claim).Count > MaxWordsOfConnective)
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

    /// <summary>The lexical (and optional embedding) test of whether a passage supports a claim.</summary>
    private sealed class SupportCheck(IReadOnlyList<Passage> sources, AnsweringOptions settings, IEmbeddingGenerator<string, Embedding<float>>? embeddings)
    {
        private readonly Dictionary<int, HashSet<string>> wordsOf = [];
        private readonly Dictionary<int, IReadOnlyList<string>> sentencesOf = [];

        /// <summary>
        /// Whether <paramref name="source"/> supports <paramref name="claim"/>, which cites <paramref name="group"/> together:
        /// the group must hold the claim's numbers and cover its content words, and this source its share of them.
        /// </summary>
        public async Task<bool> IsSupportedAsync(string claim, int source, IReadOnlyList<int> group, CancellationToken cancellationToken)
        {
            var claimWords = ContentWords.Of(claim).Distinct().ToList();
            if (claimWords.Count == 0)
            {
                return false;
            }

            var passageWords = WordsOf(source);
            var groupWords = group.Count <= 1 ? passageWords : group.SelectMany(WordsOf).ToHashSet();

            // A number none of the cited passages holds (a date, a count) is the commonest invented detail.
            if (claimWords.Any(w => char.IsDigit(w[0]) && !groupWords.Contains(w)))
            {
                return false;
            }

            var coverage = (double)claimWords.Count(passageWords.Contains) / claimWords.Count;
            var groupCoverage = (double)claimWords.Count(groupWords.Contains) / claimWords.Count;
            if (groupCoverage >= settings.MinCitationSupport && coverage >= settings.MinCitationSupport / Math.Max(1, group.Count))
            {
                return true;
            }

            return embeddings is not null && coverage > 0 && await EmbeddingSimilarityAsync(claim, source, cancellationToken) >= settings.MinEmbeddingSupport;
        }

        public async Task<int?> BestSupportingAsync(string claim, CancellationToken cancellationToken)
        {
            var claimWords = ContentWords.Of(claim).Distinct().ToList();
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
                var claimWords = ContentWords.Of(claim).ToHashSet();
                var best = Enumerable.Range(0, sentences.Count)
                    .Select(i => (i, overlap: ContentWords.Of(sentences[i]).Distinct().Count(claimWords.Contains)))
                    .OrderByDescending(x => x.overlap)
                    .ThenBy(x => x.i)
                    .First();
                picked.Add(best.i);
                if (picked.Count == 2)
                {
                    break;
                }
            }

            return string.Join(" ", picked.Order().Select(i => sentences[i]));
        }

        private HashSet<string> WordsOf(int source)
        {
            if (!wordsOf.TryGetValue(source, out var words))
            {
                wordsOf[source] = words = ContentWords.Of(sources[source].Text).ToHashSet();
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
    }
}
