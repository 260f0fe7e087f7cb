using System.CommandLine;
using System.Globalization;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Answering.Selection.Training;
using ChatBot.Core.Configuration;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli.Commands;

/// <summary>
/// `train [--set file.jsonl ...] [--folds 5] [--output models/answer-selector.zip] [--no-save]`: cross-validates the
/// answer selector on the labelled sets (out-of-fold figures, per set), then fits it on all of them and writes the model.
/// </summary>
public static class TrainCommand
{
    public static Command Create(IServiceProvider services)
    {
        var sets = new Option<string[]>("--set") { Description = "A labelled question file (the dev.jsonl format); repeat for several. Default: the repository's labelled sets.", AllowMultipleArgumentsPerToken = true };
        var folds = new Option<int>("--folds") { Description = "Folds of the cross-validation (0: none).", DefaultValueFactory = _ => 5 };
        var output = new Option<string?>("--output") { Description = "Where to write the model (default: Answering:SelectorModel)." };
        var noSave = new Option<bool>("--no-save") { Description = "Only cross-validate; write no model." };
        var misses = new Option<bool>("--misses") { Description = "List the out-of-fold misses with the chosen and the right sentence (never for sets under blind/)." };
        var defaults = new SelectorTrainingOptions();
        var objective = new Option<string>("--objective") { Description = "Candidate model: ranking (LambdaRank) or binary.", DefaultValueFactory = _ => defaults.Objective };
        var iterations = new Option<int>("--iterations") { Description = "Boosting rounds.", DefaultValueFactory = _ => defaults.Iterations };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree.", DefaultValueFactory = _ => defaults.Leaves };
        var minLeaf = new Option<int>("--min-leaf") { Description = "Fewest candidates in a leaf.", DefaultValueFactory = _ => defaults.MinExamplesPerLeaf };
        var rate = new Option<double>("--learning-rate") { Description = "Boosting learning rate.", DefaultValueFactory = _ => defaults.LearningRate };
        var falseDeclines = new Option<double>("--false-decline-rate") { Description = "Share of answerable questions the decline threshold may decline.", DefaultValueFactory = _ => defaults.TargetFalseDeclineRate };
        var declineLabel = new Option<string>("--decline-label") { Description = "What the decline classifier learns: correct (the best candidate holds the evidence) or answerable.", DefaultValueFactory = _ => defaults.DeclineLabel };
        var declineL2 = new Option<float>("--decline-l2") { Description = "L2 regularisation of the logistic decline classifier.", DefaultValueFactory = _ => defaults.DeclineL2 };
        var declineModel = new Option<string>("--decline-model") { Description = "The decline classifier: logistic or trees.", DefaultValueFactory = _ => defaults.DeclineModel };
        var extraRatio = new Option<double>("--extra-ratio") { Description = "A further sentence joins the answer at this share of the best one's probability.", DefaultValueFactory = _ => defaults.ExtraCandidateRatio };
        var extraMin = new Option<double>("--extra-min") { Description = "…and at least this probability.", DefaultValueFactory = _ => defaults.MinExtraProbability };
        var sameRatio = new Option<double>("--same-passage-ratio") { Description = "A further sentence of the best one's passage joins at this share of its probability.", DefaultValueFactory = _ => defaults.SamePassageRatio };
        var command = new Command("train", "Fit the offline answer selector on the labelled question sets, with out-of-fold figures.")
        {
            sets, folds, output, noSave, misses, objective, iterations, leaves, minLeaf, rate, falseDeclines, declineLabel, declineModel, declineL2, extraRatio, extraMin, sameRatio,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var console = services.GetRequiredService<CliConsole>();
            return VerbErrors.RunAsync(console, async () =>
            {
                var k = result.GetValue(folds);
                if (k is 1 or < 0)
                {
                    await console.Error.WriteLineAsync("error: --folds must be 0 (no cross-validation) or at least 2.").ConfigureAwait(false);
                    return 2;
                }

                var index = services.GetRequiredService<ICorpusIndex>();
                var corpus = await IndexNotice.EnsureAsync(index, console, cancellationToken).ConfigureAwait(false);
                var builder = services.GetRequiredService<SelectorInputBuilder>();
                var errors = new List<string>();
                var paths = result.GetValue(sets) is { Length: > 0 } chosen ? chosen : [.. LabelledSets.Default];
                var questions = await LabelledSets.BuildAsync(builder, paths, errors, cancellationToken).ConfigureAwait(false);
                foreach (var error in errors)
                {
                    await console.Error.WriteLineAsync($"warning: {error}").ConfigureAwait(false);
                }

                if (questions.Count == 0)
                {
                    await console.Error.WriteLineAsync("error: no labelled questions could be read.").ConfigureAwait(false);
                    return 1;
                }

                var options = services.GetRequiredService<IOptions<AnsweringOptions>>().Value;
                var trainer = new SelectorTrainer(defaults with
                {
                    Objective = result.GetValue(objective) ?? defaults.Objective,
                    Iterations = result.GetValue(iterations),
                    Leaves = result.GetValue(leaves),
                    MinExamplesPerLeaf = result.GetValue(minLeaf),
                    LearningRate = result.GetValue(rate),
                    TargetFalseDeclineRate = result.GetValue(falseDeclines),
                    DeclineLabel = result.GetValue(declineLabel) ?? defaults.DeclineLabel,
                    DeclineModel = result.GetValue(declineModel) ?? defaults.DeclineModel,
                    DeclineL2 = result.GetValue(declineL2),
                    ExtraCandidateRatio = result.GetValue(extraRatio),
                    SamePassageRatio = result.GetValue(sameRatio),
                    MinExtraProbability = result.GetValue(extraMin),
                });
                await console.Out.WriteLineAsync($"{questions.Count} labelled questions from {paths.Length} sets; {questions.Sum(q => q.Input.Candidates.Count)} candidates.").ConfigureAwait(false);
                if (k >= 2)
                {
                    var validation = new SelectorCrossValidation(trainer, services.GetRequiredService<AnswerComposer>(), options.MaxAnswerSentences);
                    var report = await validation.RunAsync(questions, builder.FeatureNames, k, id => corpus.FindPassage(id)?.Text, cancellationToken).ConfigureAwait(false);
                    await WriteReportAsync(console.Out, report).ConfigureAwait(false);
                    if (result.GetValue(misses))
                    {
                        await WriteMissesAsync(console.Out, questions, paths, report).ConfigureAwait(false);
                    }
                }

                if (!result.GetValue(noSave))
                {
                    var model = trainer.Train([.. questions.Select(q => q.ToTraining())], builder.FeatureNames);
                    var path = ContentPaths.Resolve(result.GetValue(output) ?? options.SelectorModel);
                    model.Save(path);
                    var gains = model.FeatureGains();
                    var total = gains.Sum(g => g.Gain);
                    await console.Out.WriteLineAsync("Strongest features (share of the candidate model's gain): " + string.Join(", ", gains.Take(12).Select(g => $"{g.Feature} {(total > 0 ? g.Gain / total : 0).ToString("0.00", CultureInfo.InvariantCulture)}"))).ConfigureAwait(false);
                    await console.Out.WriteLineAsync($"Wrote {path} (decline threshold {model.Settings.DeclineThreshold.ToString("0.000", CultureInfo.InvariantCulture)}).").ConfigureAwait(false);
                }

                return 0;
            });
        });
        return command;
    }

    /// <summary>The out-of-fold table: one row per set and one for all of them.</summary>
    public static async Task WriteReportAsync(TextWriter output, CrossValidationReport report)
    {
        static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Out-of-fold answers ({report.Folds} folds; each item answered by a selector that never trained on it)").ConfigureAwait(false);
        await output.WriteLineAsync($"{"set",-10}{"items",7}{"MustIncl",10}{"Declines",10}{"FalseDecl",10}{"CitePrec",10}{"AnsPrec",10}").ConfigureAwait(false);
        foreach (var (set, r) in report.BySet.OrderBy(kv => kv.Key, StringComparer.Ordinal).Append(new("all", report.Union)))
        {
            await output.WriteLineAsync($"{set,-10}{r.Results.Count,7}{F(r.MustIncludeHitRate),10}{F(r.CorrectDeclineRate),10}{F(r.FalseDeclineRate),10}{F(r.CitationPrecision),10}{F(r.AnswerPrecision),10}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"  selector: best candidate holds the evidence {F(report.TopOne)}, one of the best three {F(report.TopThree)} (of answerable items whose candidates hold it: {F(report.Reachable)} of all answerable)").ConfigureAwait(false);
    }

    // Items of blind sets are never shown: their value is that nobody has read them.
    private static async Task WriteMissesAsync(TextWriter output, IReadOnlyList<LabelledQuestion> questions, IReadOnlyList<string> paths, CrossValidationReport report)
    {
        var blind = paths.Where(p => p.Replace('\\', '/').Contains("/blind/", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        await output.WriteLineAsync().ConfigureAwait(false);
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var r = report.Results[i];
            if (blind.Contains(q.Set) || (r.Item.Answerable ? r.MustIncludeHit : !r.Answer.Answered))
            {
                continue;
            }

            var labels = q.ToTraining().Labels;
            var probabilities = report.Probabilities[i];
            var order = Enumerable.Range(0, probabilities.Length).OrderByDescending(c => probabilities[c]).ToList();
            var kind = !r.Item.Answerable ? "ANSWERED-UNANSWERABLE" : r.Answer.Answered ? "MISS" : "FALSE-DECLINE";
            await output.WriteLineAsync($"{kind} {q.Set}/{q.Item.Id} p(answer)={report.AnswerProbabilities[i]:0.00}: {q.Item.Question} {(q.Item.History.Count > 0 ? "[after: " + q.Item.History[^1] + "]" : "")}").ConfigureAwait(false);
            await output.WriteLineAsync($"   must: {string.Join(" | ", q.Item.MustInclude)}").ConfigureAwait(false);
            foreach (var c in order.Take(3))
            {
                await output.WriteLineAsync($"   {(labels[c] ? "+" : "-")} {probabilities[c]:0.00} r{q.Input.Candidates[c].Rank}: {Shorten(q.Input.Candidates[c].Text)}").ConfigureAwait(false);
            }

            var gold = Enumerable.Range(0, labels.Length).Where(c => labels[c]).OrderByDescending(c => probabilities[c]).FirstOrDefault(-1);
            await output.WriteLineAsync(gold < 0 ? "   (no candidate holds the evidence)" : $"   gold #{order.IndexOf(gold) + 1} {probabilities[gold]:0.00} r{q.Input.Candidates[gold].Rank}: {Shorten(q.Input.Candidates[gold].Text)}").ConfigureAwait(false);
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
