using System.Text;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Answering;

/// <summary>
/// The default answerer, with no model and no network: retrieves passages, picks the sentences that best answer the
/// question (see <see cref="SentenceScorer"/>), and composes one to three of them, each cited; declines when the best
/// sentence scores under Answering:MinAnswerScore.
/// </summary>
public sealed class OfflineAnswerService(
    IPassageRetriever retriever,
    CitationVerifier verifier,
    IOptions<AnsweringOptions> options,
    ILogger<OfflineAnswerService> logger) : IAnswerService
{
    /// <summary>The sentence that opens every decline (<see cref="DeclineSentence.Text"/>).</summary>
    public const string DeclineText = DeclineSentence.Text;

    // A why-question's candidate that holds this share of the question's words states the event asked about.
    private const double FullCoverage = 0.9;

    // Sentences sharing this share of their words with one already chosen add nothing.
    private const double DuplicateOverlap = 0.6;

    private readonly AnsweringOptions settings = options.Value;

    public async Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        var draft = await DraftAsync(question, history, cancellationToken);
        if (draft.Chosen.Count == 0)
        {
            logger.LogInformation("Offline answerer declined (best score {Score:F2} < {Threshold:F2})", draft.BestScore, settings.MinAnswerScore);
            return Decline(draft.Passages);
        }

        var sources = draft.Chosen.Select(s => s.Passage).Distinct().Order().ToList();
        var text = new StringBuilder();
        foreach (var sentence in draft.Chosen)
        {
            text.Append(text.Length > 0 ? " " : string.Empty)
                .Append(CitationVerifier.AppendMarker(CitationMarkers.Strip(sentence.Text), sources.IndexOf(sentence.Passage) + 1));
        }

        var verified = await verifier.VerifyAsync(text.ToString(), [.. sources.Select(p => draft.Passages[p])], cancellationToken);
        return verified.Citations.Count == 0
            ? Decline(draft.Passages)
            : new Answer(verified.Text, true, verified.Citations);
    }

    /// <summary>A decline naming the nearest sections that were found.</summary>
    public Answer Decline(IReadOnlyList<Passage> nearest)
    {
        var sections = nearest.Select(p => p.DisplayPath).Distinct().Take(settings.NearestSectionsOnDecline).ToList();
        var text = sections.Count == 0
            ? DeclineText
            : $"{DeclineText} The nearest sections I found: {string.Join("; ", sections)}.";
        return new Answer(text, false, []);
    }

    /// <summary>Retrieval and sentence choice without composing, for the answer and for calibration.</summary>
    public async Task<OfflineDraft> DraftAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken)
    {
        var context = FollowUpQuestion.ContextOf(question, history);
        var query = context is null ? question : FollowUpQueryExpander.Expand(question, [context]);
        query = settings.SearchParaphrases ? ContentWords.WithParaphrases(query, question) : query;
        var retrieved = await retriever.SearchAsync(query, RetrievalMode.Hybrid, settings.TopPassages, cancellationToken);
        var passages = retrieved.Select(r => r.Passage).ToList();
        var scorer = new SentenceScorer(question, context, settings.AnswerTypeWeight);
        var ranked = scorer.Score(passages);
        var best = ranked.Count > 0 ? ranked[0].Score : 0;
        if (scorer.RequiresType)
        {
            // A why-question is answered only by a sentence that states a cause or purpose ("because", "to avoid", "died of"…),
            // a how-many question only by one holding a number, a when-question only by one holding a date; one that merely
            // mentions the same people and events does not say.
            // A sentence that states the very event asked about ("… Trotsky and Zinoviev were expelled from the Communist
            // Party on 12 November", with what led to it) stays for a why-question, at its type penalty.
            ranked = [.. ranked.Where(c => c.TypeMatch == true || (scorer.AsksForReason && c.Coverage >= FullCoverage))];
            best = ranked.Count > 0 ? ranked[0].Score : 0;
        }

        if (scorer.MissingFocus is { } missing)
        {
            // The question asks about someone's X and no retrieved sentence mentions an X: the text does not say.
            logger.LogInformation("Offline answerer: no passage mentions '{Focus}', the thing asked about", missing);
            return new OfflineDraft(passages, ranked, [], best);
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            foreach (var c in ranked.Take(6))
            {
                logger.LogDebug("Q {Question} | candidate {Score:F2} (coverage {Coverage:F2}, type {Type}, passage {Passage}): {Text}", question, c.Score, c.Coverage, c.TypeMatch, c.Passage, c.Text);
            }
        }

        return new OfflineDraft(passages, ranked, ranked.Count == 0 || best < settings.MinAnswerScore ? [] : Choose(ranked, scorer.QuestionWords), best);
    }

    private List<CandidateSentence> Choose(List<CandidateSentence> ranked, IReadOnlySet<string> questionWords)
    {
        var best = ranked[0];
        var chosen = new List<CandidateSentence> { best };
        foreach (var candidate in ranked.Skip(1))
        {
            if (candidate.Score < best.Score * settings.ExtraSentenceRatio)
            {
                break;
            }

            if ((candidate.Passage == best.Passage
                    || (settings.ExtraSentencesFromOtherPassages && candidate.Score >= best.Score * settings.OtherPassageRatio && AddsQuestionWords(chosen, candidate, questionWords)))
                && chosen.Sum(c => c.Count) + candidate.Count <= settings.MaxAnswerSentences
                && candidate.Score >= settings.MinAnswerScore && !chosen.Any(c => Overlaps(c, candidate) || IsDuplicate(c.Text, candidate.Text)))
            {
                chosen.Add(candidate);
            }
        }

        // Read in the order of the text: by passage rank, then position in the passage.
        return [.. chosen.OrderBy(c => c.Passage).ThenBy(c => c.Position)];
    }

    // Another passage's sentence is worth its citation only when it answers a part of the question the chosen ones do not
    // touch ("in 1918 and 1919"); otherwise it restates the answer from elsewhere.
    private static bool AddsQuestionWords(List<CandidateSentence> chosen, CandidateSentence candidate, IReadOnlySet<string> questionWords)
    {
        var covered = chosen.SelectMany(c => ContentWords.Of(c.Text)).ToHashSet();
        return ContentWords.Of(candidate.Text).Any(w => questionWords.Contains(w) && !covered.Contains(w));
    }

    private static bool Overlaps(CandidateSentence a, CandidateSentence b) =>
        a.Passage == b.Passage && a.Position < b.Position + b.Count && b.Position < a.Position + a.Count;

    private static bool IsDuplicate(string a, string b)
    {
        var wordsA = ContentWords.Of(a).ToHashSet();
        var wordsB = ContentWords.Of(b).ToHashSet();
        var smaller = Math.Min(wordsA.Count, wordsB.Count);
        return smaller == 0 || (double)wordsA.Count(wordsB.Contains) / smaller >= DuplicateOverlap;
    }
}
