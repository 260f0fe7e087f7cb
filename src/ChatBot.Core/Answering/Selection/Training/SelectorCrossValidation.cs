namespace ChatBot.Core.Answering.Selection.Training;

/// <summary>
/// k-fold cross-validation over labelled questions: fold f's items are answered, through the same decision and
/// composition as the live answerer, by a selector trained on the other folds only.
/// </summary>
public sealed class SelectorCrossValidation(SelectorTrainer trainer, AnswerComposer composer, int maxSentences)
{
    public async Task<CrossValidationReport> RunAsync(
        IReadOnlyList<LabelledQuestion> questions,
        IReadOnlyList<string> featureNames,
        int folds,
        Func<string, string?> passageText,
        CancellationToken cancellationToken = default)
    {
        var training = questions.Select(q => q.ToTraining()).ToList();
        var assignment = Folds.Assign(questions.Count, folds);
        var results = new AnswerEvalResult[questions.Count];
        var probabilities = new float[questions.Count][];
        var answerProbabilities = new double[questions.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var model = trainer.Train([.. training.Where((_, i) => assignment[i] != fold)], featureNames);
            for (var i = 0; i < questions.Count; i++)
            {
                if (assignment[i] != fold)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var decision = OfflineAnswerService.Decide(questions[i].Input, model, maxSentences);
                probabilities[i] = [.. decision.Probabilities];
                answerProbabilities[i] = decision.AnswerProbability;
                var answer = await composer.ComposeAsync(decision, cancellationToken).ConfigureAwait(false);
                results[i] = AnswerEvaluator.Score(AnswerEvalItem.From(questions[i].Item), answer, passageText);
            }
        }

        var reachable = training.Where(t => t.Answerable).ToList();
        var withPositive = training.Select((t, i) => (t, i)).Where(x => x.t.Answerable && x.t.HasPositive).ToList();
        double Hit(int k) => withPositive.Count == 0 ? 0 : (double)withPositive.Count(x => TopHolds(x.t, probabilities[x.i], k)) / withPositive.Count;
        var bySet = questions.Select((q, i) => (q.Set, Result: results[i]))
            .GroupBy(x => x.Set)
            .ToDictionary(g => g.Key, g => AnswerEvaluator.Summarise([.. g.Select(x => x.Result)]), StringComparer.Ordinal);
        return new CrossValidationReport(
            folds,
            AnswerEvaluator.Summarise(results),
            bySet,
            Hit(1),
            Hit(3),
            reachable.Count == 0 ? 0 : (double)reachable.Count(t => t.HasPositive) / reachable.Count)
        {
            Results = results,
            Probabilities = probabilities,
            AnswerProbabilities = answerProbabilities,
        };
    }

    private static bool TopHolds(TrainingQuestion question, float[] probabilities, int k) =>
        probabilities.Length > 0 && Enumerable.Range(0, probabilities.Length).OrderByDescending(i => probabilities[i]).Take(k).Any(i => question.Labels[i]);
}
