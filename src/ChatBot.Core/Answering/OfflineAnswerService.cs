using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Answering;

/// <summary>
/// The default answerer, with no model and no network: retrieves passages, describes every sentence (and pair of
/// adjacent sentences) of them by features, lets the fitted <see cref="AnswerSelector"/> give each the probability that
/// it answers the question, declines when the decline classifier says the best one does not, and otherwise composes
/// the best one or few, each cited and verified. See docs/ANSWERING.md.
/// </summary>
public sealed class OfflineAnswerService(
    SelectorInputBuilder inputs,
    AnswerSelector selector,
    AnswerComposer composer,
    IOptions<AnsweringOptions> options) : IAnswerService
{
    /// <summary>The sentence that opens every decline (<see cref="DeclineSentence.Text"/>).</summary>
    public const string DeclineText = DeclineSentence.Text;

    // How many runners-up an explanation lists.
    private const int RunnersUp = 3;

    private readonly AnsweringOptions settings = options.Value;

    public async Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        var decision = await DecideAsync(question, history, cancellationToken).ConfigureAwait(false);
        return await composer.ComposeAsync(decision, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The answer and why it was chosen (`ask --explain`, `"explain": true` on /api/ask).</summary>
    public async Task<(Answer Answer, AnswerExplanation Explanation)> ExplainAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        var decision = await DecideAsync(question, history, cancellationToken).ConfigureAwait(false);
        var answer = await composer.ComposeAsync(decision, cancellationToken).ConfigureAwait(false);
        return (answer, SelectionExplainer.Explain(decision, selector));
    }

    /// <summary>
    /// <paramref name="answer"/> (from whichever answerer gave it) with the offline selector's explanation; when a model
    /// answered, the explanation is what the offline answerer decided for the same question.
    /// </summary>
    public async Task<ExplainedAnswer> ExplainAsync(Answer answer, string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        var decision = await DecideAsync(question, history, cancellationToken).ConfigureAwait(false);
        return new ExplainedAnswer(answer, SelectionExplainer.Explain(decision, selector));
    }

    /// <summary>Retrieval and the selector's decision, without composing (for `ask --explain` and evaluation).</summary>
    public async Task<SelectionDecision> DecideAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        var input = await inputs.BuildAsync(question, history, cancellationToken).ConfigureAwait(false);
        return Decide(input, selector, settings.MaxAnswerSentences);
    }

    /// <summary>The decision of <paramref name="model"/> on an already built input (cross-validation scores each fold's model this way).</summary>
    public static SelectionDecision Decide(SelectorInput input, AnswerSelector model, int maxSentences)
    {
        if (input.Candidates.Count == 0)
        {
            return new SelectionDecision(input, [], [], [], 0, model.Settings.DeclineThreshold, "no passage was found");
        }

        var scores = model.Scores(input.Features);
        var probabilities = AnswerSelector.Softmax(scores);
        var order = Enumerable.Range(0, probabilities.Length).OrderByDescending(i => probabilities[i]).ThenBy(i => i).ToList();
        var answerProbability = model.AnswerProbability(input.Features, scores);
        var runnersUp = order.Skip(1).Take(RunnersUp).ToList();
        string? reason = null;
        if (input.Question.UnknownNames.Count > 0)
        {
            // "Who founded the Quellmark Observatory?": the question's subject is nowhere in the text, so no sentence can be about it.
            reason = $"the text never mentions '{string.Join("', '", input.Question.UnknownNames)}'";
        }
        else if (answerProbability < model.Settings.DeclineThreshold)
        {
            reason = $"the answer probability {answerProbability:0.00} is under the threshold {model.Settings.DeclineThreshold:0.00}";
        }

        var chosen = reason is null ? Choose(input, probabilities, order, model.Settings, maxSentences) : [];
        return new SelectionDecision(input, probabilities, chosen, runnersUp, answerProbability, model.Settings.DeclineThreshold, reason);
    }

    /// <summary>The answer for a decision: its chosen sentences cited and verified, or a decline naming the nearest sections.</summary>
    public Task<Answer> ComposeAsync(SelectionDecision decision, CancellationToken cancellationToken = default) => composer.ComposeAsync(decision, cancellationToken);

    /// <summary>A decline naming the nearest sections that were found.</summary>
    public Answer Decline(IReadOnlyList<Passage> nearest) => composer.Decline(nearest);

    // The best candidate; sentences of its passage close behind it (they share its citation); and candidates of other
    // passages close behind it that add a part of the question it does not touch ("in 1918 and in 1919"). In reading order.
    private static List<int> Choose(SelectorInput input, float[] probabilities, List<int> order, SelectorSettings model, int maxSentences)
    {
        var best = order[0];
        var chosen = new List<int> { best };
        var covered = new HashSet<string>(Terms(input, best), StringComparer.Ordinal);
        var sameFloor = model.SamePassageRatio * probabilities[best];
        var otherFloor = Math.Max(model.MinExtraProbability, model.ExtraCandidateRatio * probabilities[best]);
        foreach (var candidate in order.Skip(1))
        {
            var probability = probabilities[candidate];
            if (probability < Math.Min(sameFloor, otherFloor))
            {
                break;
            }

            var sentences = input.Candidates[candidate].Sentences;
            if (chosen.Sum(c => input.Candidates[c].Sentences.Count) + sentences.Count > maxSentences
                || chosen.Any(c => input.Candidates[c].Sentences.Intersect(sentences).Any()))
            {
                continue;
            }

            var terms = Terms(input, candidate).ToList();
            var samePassage = input.Candidates[candidate].Rank == input.Candidates[best].Rank;
            if (samePassage ? probability < sameFloor : probability < otherFloor || !terms.Any(t => input.Question.Terms.ContainsKey(t) && !covered.Contains(t)))
            {
                continue;
            }

            chosen.Add(candidate);
            covered.UnionWith(terms);
        }

        return [.. chosen.OrderBy(c => input.Candidates[c].Rank).ThenBy(c => input.Candidates[c].Position(input.Table))];
    }

    private static IEnumerable<string> Terms(SelectorInput input, int candidate) =>
        input.Candidates[candidate].Sentences.SelectMany(i => input.Table.Sentences[i].TermSet);
}
