using ChatBot.Core.Text;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Answering.Replay;

/// <summary>
/// Replays a question set through a model-backed <see cref="IAnswerService"/> whose model is the scripted
/// <see cref="ReplayChatModel"/>: every item, every kind of reply, and scores what reached the user.
/// </summary>
public sealed class ReplayEvaluator(IAnswerService answers, ReplayChatModel model, ReplayRetriever retriever, AnsweringOptions settings)
{
    private static readonly SentenceSplitter Sentences = new();

    /// <summary>Replays <paramref name="items"/> with every kind of <paramref name="kinds"/> (all when null).</summary>
    public async Task<ReplayReport> RunAsync(string set, IReadOnlyList<EvalItem> items, IReadOnlyList<ReplayKind>? kinds = null, CancellationToken cancellationToken = default)
    {
        kinds ??= ReplayScript.AllKinds;
        var outcomes = new List<ReplayOutcome>();
        var tallies = kinds.ToDictionary(k => k, _ => new int[4]); // cases, succeeded, facts kept, not applicable
        var notRetrieved = 0;
        var followUpItems = new List<(string Id, bool WithStandalone, bool AsTyped, bool Expanded)>();
        foreach (var item in items)
        {
            var counted = false;
            foreach (var kind in kinds)
            {
                if (item.IsUnanswerable && kind is not (ReplayKind.Decline or ReplayKind.InventedSentence))
                {
                    continue;
                }

                model.Begin(item, kind);
                retriever.Begin();
                var answer = await answers.AskAsync(item.Question, item.History, cancellationToken).ConfigureAwait(false);
                var reply = model.LastReply;
                var prompt = retriever.FirstSearch;
                if (reply is { EvidenceRetrieved: false } && !counted)
                {
                    notRetrieved++;
                    counted = true;
                }

                if (kind == ReplayKind.Faithful && item.History.Count > 0 && !item.IsUnanswerable && !string.IsNullOrWhiteSpace(item.Evidence))
                {
                    var hits = (
                        item.Id,
                        Holds(prompt, item),
                        Holds(await SearchAsync(item.Question, cancellationToken).ConfigureAwait(false), item),
                        Holds(await SearchAsync(FollowUpQueryExpander.Expand(item.Question, item.History), cancellationToken).ConfigureAwait(false), item));
                    followUpItems.Add(hits);
                }

                var tally = tallies[kind];
                if (reply is null || !reply.Applicable)
                {
                    tally[3]++;
                    continue;
                }

                var (succeeded, factsKept) = Score(item, reply, answer, prompt);
                tally[0]++;
                tally[1] += succeeded ? 1 : 0;
                tally[2] += factsKept ? 1 : 0;
                outcomes.Add(new ReplayOutcome(item.Id, kind, succeeded, factsKept, reply.Text, answer.Text, answer.Answered, answer.Notice));
            }
        }

        var results = kinds.Select(k => new ReplayKindResult(k, ReplayScript.FamilyOf(k), tallies[k][0], tallies[k][1], tallies[k][2], tallies[k][3])).ToList();
        var followUps = new ReplayFollowUps(followUpItems.Count, followUpItems.Count(f => f.WithStandalone), followUpItems.Count(f => f.AsTyped), followUpItems.Count(f => f.Expanded))
        {
            PerItem = followUpItems,
        };
        return new ReplayReport(set, items.Count, notRetrieved, results, followUps, outcomes);
    }

    /// <summary>Whether <paramref name="answer"/> is right for a reply of its kind: kept, caught or honoured; and, for faithful kinds, whether its facts reached the user.</summary>
    public static (bool Succeeded, bool FactsKept) Score(EvalItem item, ScriptedReply reply, Answer answer, IReadOnlyList<Passage> prompt)
    {
        var shown = Shown(answer);
        string? IdOf(int? number) => number is { } n && n >= 1 && n <= prompt.Count ? prompt[n - 1].Id : null;
        var evidence = IdOf(reply.EvidenceSource);
        var other = IdOf(reply.OtherSource);
        bool IsShown(string sentence) => shown.ContainsKey(Normalise(sentence));
        bool CitesEvidence() => evidence is not null && shown.Values.Any(c => c.Contains(evidence));
        var byModel = answer.Answered && answer.Notice is null;
        var factsKept = byModel && CitesEvidence() && item.MustInclude.All(m => answer.Text.Contains(m, StringComparison.OrdinalIgnoreCase));

        var succeeded = reply.Kind switch
        {
            ReplayKind.Decline => !answer.Answered && answer.Citations.Count == 0 && answer.Text.StartsWith(DeclineSentence.Text, StringComparison.Ordinal),
            ReplayKind.Faithful => byModel && CitesEvidence() && reply.Claims.All(IsShown),
            ReplayKind.PartialDecline => byModel && CitesEvidence() && reply.Claims.All(IsShown)
                && (!shown.TryGetValue(Normalise(DeclineSentence.Text), out var declineCites) || declineCites.Count == 0),
            ReplayKind.FaithfulTwoSources => byModel && reply.Claims.All(IsShown)
                && shown.Values.Any(c => evidence is not null && other is not null && c.Contains(evidence) && c.Contains(other)),
            // The sentence stating the evidence must not be shown without a source, nor with the wrong one; the others
            // carry context that the item's answer added, whose right source is not known.
            ReplayKind.NoMarkers => reply.EvidenceClaim is null || !shown.TryGetValue(Normalise(reply.EvidenceClaim), out var unmarked) || unmarked.Count > 0,
            ReplayKind.WrongPassage => other is null || reply.EvidenceClaim is null || !(shown.TryGetValue(Normalise(reply.EvidenceClaim), out var wrong) && wrong.Contains(other)),
            _ => !reply.Corrupted.Any(c => shown.TryGetValue(Normalise(c), out var cites) && !WrittenIn(cites, reply.Introduced, prompt)),
        };

        return (succeeded, ReplayScript.FamilyOf(reply.Kind) == ReplayFamily.Faithful && factsKept);
    }

    // The answer's sentences, markers stripped and normalised, each with the passage ids its markers cite.
    private static Dictionary<string, HashSet<string>> Shown(Answer answer)
    {
        var shown = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var sentences = new List<string>();
        foreach (var split in Sentences.Split(answer.Text))
        {
            // A marker after a closing quote ('… steel." [1] It comes…') is split off with the next sentence: it belongs to the one before.
            var part = split;
            var leading = CitationMarkers.Find(part).TakeWhile((g, i) => g.Index == (i == 0 ? 0 : -1)).FirstOrDefault();
            if (sentences.Count > 0 && leading is not null && leading.Index == 0)
            {
                sentences[^1] += " " + part[..leading.Length];
                part = part[leading.Length..].TrimStart();
            }

            if (part.Length > 0)
            {
                sentences.Add(part);
            }
        }

        foreach (var sentence in sentences)
        {
            var cites = CitationMarkers.Find(sentence).SelectMany(g => g.Numbers)
                .Where(n => n >= 1 && n <= answer.Citations.Count)
                .Select(n => answer.Citations[n - 1].PassageId)
                .ToHashSet(StringComparer.Ordinal);
            var key = Normalise(sentence);
            if (shown.TryGetValue(key, out var existing))
            {
                existing.UnionWith(cites);
            }
            else
            {
                shown[key] = cites;
            }
        }

        return shown;
    }

    private static string Normalise(string sentence) =>
        string.Join(' ', CitationMarkers.Strip(sentence).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .TrimEnd('.', '!', '?', ' ')
            .ToLowerInvariant();

    // A corrupted sentence shown with citations whose passages all write the word it brought in ("October 1904" where
    // another passage does say October) is what the text says, not a corruption reaching the user.
    private static bool WrittenIn(HashSet<string> cites, string? introduced, IReadOnlyList<Passage> prompt) =>
        introduced is not null && cites.Count > 0 && cites.All(id => prompt.FirstOrDefault(p => p.Id == id) is { } passage
            && TextAnalyzer.Tokens(passage.Text).Contains(TextAnalyzer.Tokens(introduced).FirstOrDefault() ?? introduced, StringComparer.Ordinal));

    private static bool Holds(IReadOnlyList<Passage> passages, EvalItem item) =>
        passages.Any(p => AnswerEvaluator.NormaliseEvidence(p.Text).Contains(AnswerEvaluator.NormaliseEvidence(item.Evidence), StringComparison.Ordinal));

    private async Task<IReadOnlyList<Passage>> SearchAsync(string query, CancellationToken cancellationToken)
    {
        var searched = settings.SearchParaphrases ? TextAnalyzer.WithParaphrases(query, query) : query;
        var results = await retriever.SearchAsync(searched, RetrievalMode.Hybrid, settings.TopPassages, cancellationToken).ConfigureAwait(false);
        return [.. results.Select(r => r.Passage)];
    }
}
