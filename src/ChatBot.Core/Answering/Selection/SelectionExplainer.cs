namespace ChatBot.Core.Answering.Selection;

/// <summary>Turns a <see cref="SelectionDecision"/> into an <see cref="AnswerExplanation"/> with each listed candidate's strongest feature contributions.</summary>
public static class SelectionExplainer
{
    /// <summary>How many contributions are listed per candidate.</summary>
    public const int TopContributions = 5;

    public static AnswerExplanation Explain(SelectionDecision decision, AnswerSelector selector)
    {
        var input = decision.Input;
        var listed = decision.Chosen.Concat(decision.RunnersUp).Distinct().ToList();
        var contributions = selector.Contributions([.. listed.Select(i => input.Features[i])]);
        ExplainedCandidate Describe(int candidate)
        {
            var row = contributions[listed.IndexOf(candidate)];
            var top = Enumerable.Range(0, row.Length)
                .OrderByDescending(f => Math.Abs(row[f]))
                .Take(TopContributions)
                .Select(f => new FeatureContribution(selector.Settings.Features[f], Math.Round(input.Features[candidate][f], 3), Math.Round(row[f], 3)))
                .ToList();
            var c = input.Candidates[candidate];
            return new ExplainedCandidate(c.Text, c.Retrieved.Passage.DisplayPath, c.Rank, Math.Round(decision.Probabilities[candidate], 3), top);
        }

        return new AnswerExplanation(
            !decision.Declined,
            decision.DeclineReason,
            Math.Round(decision.AnswerProbability, 3),
            Math.Round(1 - decision.AnswerProbability, 3),
            Math.Round(decision.Threshold, 3),
            input.Question.Type.ToString(),
            input.Question.HeadWord,
            [.. decision.Chosen.Select(Describe)],
            [.. decision.RunnersUp.Where(r => !decision.Chosen.Contains(r)).Select(Describe)]);
    }
}
