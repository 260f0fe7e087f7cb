using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace ChatBot.Core.Answering.Selection.Training;

/// <summary>
/// Fits an <see cref="AnswerSelector"/>: a LightGBM classifier over candidates (does this sentence hold the evidence?),
/// then a logistic regression over each question's best candidate, trained on candidate probabilities that are
/// themselves out-of-fold, with its threshold set for the target false-decline rate. Single-threaded and seeded, so
/// the same questions give the same model.
/// </summary>
public sealed class SelectorTrainer(SelectorTrainingOptions options)
{
    /// <summary>Trains on <paramref name="questions"/>, whose features are named <paramref name="featureNames"/>.</summary>
    public AnswerSelector Train(IReadOnlyList<TrainingQuestion> questions, IReadOnlyList<string> featureNames)
    {
        var ml = new MLContext(seed: options.Seed);
        var width = featureNames.Count;

        // The decline classifier must learn from probabilities like those it will see on new questions, not from a
        // ranker that has seen the same questions, so those come from an inner cross-validation.
        var outOfFold = new float[questions.Count][];
        var folds = Folds.Assign(questions.Count, options.InnerFolds);
        for (var fold = 0; fold < options.InnerFolds; fold++)
        {
            var train = questions.Where((_, i) => folds[i] != fold).ToList();
            var ranker = FitRanker(ml, train, width);
            for (var i = 0; i < questions.Count; i++)
            {
                if (folds[i] == fold)
                {
                    outOfFold[i] = Scores(ml, ranker, questions[i].Features, width);
                }
            }
        }

        var declineNames = DeclineFeatures.Names(featureNames);
        var declineRows = questions.Select((q, i) => new CandidateRow
        {
            Features = DeclineFeatures.For(q.Features, outOfFold[i], featureNames),
            Label = options.DeclineLabel == "answerable" ? q.Answerable : AnswersCorrectly(q, outOfFold[i]),
        }).ToList();
        var decline = FitDecline(ml, declineRows, declineNames.Count);
        var answerProbabilities = PredictRows(ml, decline, declineRows, declineNames.Count);
        var threshold = Threshold(questions, answerProbabilities, options.TargetFalseDeclineRate);

        var settings = new SelectorSettings
        {
            Features = featureNames,
            DeclineFeatures = declineNames,
            DeclineThreshold = threshold,
            TargetFalseDeclineRate = options.TargetFalseDeclineRate,
            SamePassageRatio = options.SamePassageRatio,
            ExtraCandidateRatio = options.ExtraCandidateRatio,
            MinExtraProbability = options.MinExtraProbability,
            Training = new SelectorTrainingSummary
            {
                Questions = questions.Count,
                Answerable = questions.Count(q => q.Answerable),
                Candidates = questions.Sum(q => q.Features.Length),
                Positives = questions.Sum(q => q.Labels.Count(l => l)),
                Seed = options.Seed,
                Sets = [.. questions.Select(q => q.Set).Distinct().Order(StringComparer.Ordinal)],
            },
        };
        return new AnswerSelector(FitRanker(ml, questions, width), decline, settings);
    }

    /// <summary>Whether the best candidate by <paramref name="probabilities"/> holds the evidence.</summary>
    public static bool AnswersCorrectly(TrainingQuestion question, IReadOnlyList<float> probabilities)
    {
        if (!question.Answerable || probabilities.Count == 0)
        {
            return false;
        }

        var best = 0;
        for (var i = 1; i < probabilities.Count; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }

        return question.Labels[best];
    }

    private bool Ranking => options.Objective == "ranking";

    private ITransformer FitRanker(MLContext ml, IReadOnlyList<TrainingQuestion> questions, int width)
    {
        var rows = questions.SelectMany((q, n) => q.Features.Select((f, i) => new CandidateRow { Features = f, Label = q.Labels[i], Relevance = q.Labels[i] ? 1 : 0, Question = (uint)n }));
        if (Ranking)
        {
            // Questions without a right candidate teach a ranker nothing.
            var data = CandidateRow.ToDataView(ml, rows.Where(r => questions[(int)r.Question].HasPositive), width);
            var keyed = ml.Transforms.Conversion.MapValueToKey(nameof(CandidateRow.Question)).Fit(data).Transform(data);
            var ranking = ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = nameof(CandidateRow.Relevance),
                FeatureColumnName = nameof(CandidateRow.Features),
                RowGroupColumnName = nameof(CandidateRow.Question),
                NumberOfIterations = options.Iterations,
                NumberOfLeaves = options.Leaves,
                MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
                LearningRate = options.LearningRate,
                Seed = options.Seed,
                NumberOfThreads = 1,
                Silent = true,
                Verbose = false,
            });
            return ranking.Fit(keyed);
        }

        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(CandidateRow.Label),
            FeatureColumnName = nameof(CandidateRow.Features),
            NumberOfIterations = options.Iterations,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
            LearningRate = options.LearningRate,
            Seed = options.Seed,
            NumberOfThreads = 1,
            Silent = true,
            Verbose = false,
        });
        return trainer.Fit(CandidateRow.ToDataView(ml, rows, width));
    }

    private ITransformer FitDecline(MLContext ml, IReadOnlyList<CandidateRow> rows, int width)
    {
        if (options.DeclineModel == "trees")
        {
            return ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                LabelColumnName = nameof(CandidateRow.Label),
                FeatureColumnName = nameof(CandidateRow.Features),
                NumberOfIterations = 100,
                NumberOfLeaves = 4,
                MinimumExampleCountPerLeaf = 15,
                LearningRate = 0.05,
                Seed = options.Seed,
                NumberOfThreads = 1,
                Silent = true,
                Verbose = false,
            }).Fit(CandidateRow.ToDataView(ml, rows, width));
        }

        var pipeline = ml.Transforms.NormalizeMeanVariance(nameof(CandidateRow.Features))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(CandidateRow.Label),
                FeatureColumnName = nameof(CandidateRow.Features),
                L2Regularization = options.DeclineL2,
                NumberOfThreads = 1,
            }));
        return pipeline.Fit(CandidateRow.ToDataView(ml, rows, width));
    }

    private static float[] Scores(MLContext ml, ITransformer model, float[][] features, int width)
    {
        if (features.Length == 0)
        {
            return [];
        }

        var scored = model.Transform(CandidateRow.ToDataView(ml, features.Select(f => new CandidateRow { Features = f }), width));
        return [.. ml.Data.CreateEnumerable<RankedRow>(scored, reuseRowObject: false).Select(r => r.Score)];
    }

    private static float[] PredictRows(MLContext ml, ITransformer model, IReadOnlyList<CandidateRow> rows, int width)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var scored = model.Transform(CandidateRow.ToDataView(ml, rows, width));
        return [.. ml.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: false).Select(r => r.Probability)];
    }

    // The highest threshold that declines at most the target share of the answerable questions.
    private static double Threshold(IReadOnlyList<TrainingQuestion> questions, IReadOnlyList<float> probabilities, double target)
    {
        var answerable = questions.Select((q, i) => (q, p: probabilities[i])).Where(x => x.q.Answerable).Select(x => (double)x.p).Order().ToList();
        if (answerable.Count == 0)
        {
            return 0.5;
        }

        var allowed = (int)Math.Floor(target * answerable.Count);
        return allowed <= 0 ? answerable[0] : answerable[Math.Min(allowed, answerable.Count - 1)];
    }
}
