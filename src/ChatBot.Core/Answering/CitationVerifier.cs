using System.Runtime.CompilerServices;
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

    private static readonly SentenceSplitter Sentences = new();

    private readonly AnsweringOptions settings = options.Value;

    /// <summary>Verifies <paramref name="text"/>, whose markers [n] refer to <paramref name="sources"/>[n-1].</summary>
    public async Task<VerifiedAnswer> VerifyAsync(string text, IReadOnlyList<Passage> sources, CancellationToken cancellationToken = default)
    {
        using var activity = ChatBotTelemetry.Source.StartActivity(ChatBotTelemetry.VerifySpan);
        var check = await BeginAsync(sources, cancellationToken).ConfigureAwait(false);
        foreach (var sentence in SplitSentences(text))
        {
            await check.AddAsync(sentence, cancellationToken).ConfigureAwait(false);
        }

        var verified = check.Complete();
        ChatBotTelemetry.Verified(activity, verified.Citations.Count, verified.DroppedCitations, verified.DroppedSentences);
        return verified;
    }

    /// <summary>A check of one answer whose markers [n] refer to <paramref name="sources"/>[n-1], fed a sentence at a time (a streamed answer).</summary>
    public async Task<CitationCheck> BeginAsync(IReadOnlyList<Passage> sources, CancellationToken cancellationToken = default)
    {
        var names = await NamesAsync(sources, cancellationToken).ConfigureAwait(false);
        return new CitationCheck(sources, new CitationSupport(sources, settings, names, embeddings), names, citations, settings.MaxCitations);
    }

    /// <summary>The sentences the check takes <paramref name="text"/> as: markers written after a full stop moved before it, then split.</summary>
    public static IReadOnlyList<string> SplitSentences(string? text) => Sentences.Split(CitationMarkers.BeforeStops(text ?? string.Empty));

    private async Task<CorpusNames> NamesAsync(IReadOnlyList<Passage> sources, CancellationToken cancellationToken)
    {
        if (corpus is null)
        {
            return CorpusNames.From(sources);
        }

        var loaded = await corpus.GetAsync(cancellationToken).ConfigureAwait(false);
        return NamesByCorpus.GetValue(loaded, c => CorpusNames.From(c.Sections));
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
