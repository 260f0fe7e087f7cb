using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Answering.Selection.Training;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Answering;

/// <summary>
/// The answer-quality floors, on out-of-fold predictions: every labelled question is answered by a selector trained on
/// the other folds only (the same 5-fold split `chatbot train` reports), so the floors say something about questions
/// the selector has not seen. They sit a little under what this configuration measured (docs/ANSWERING.md).
/// </summary>
[Collection(RealCorpusCollection.Name)]
public sealed class OutOfFoldFloorTests(RealCorpusAnsweringFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task CrossValidation_OverTheLabelledSets_StaysAboveTheFloors()
    {
        var questions = await fixture.LabelledAsync();
        var corpus = await fixture.Index.GetAsync();
        var validation = new SelectorCrossValidation(new SelectorTrainer(new SelectorTrainingOptions()), fixture.Composer, fixture.MaxAnswerSentences);

        var report = await validation.RunAsync(questions, fixture.Inputs.FeatureNames, 5, id => corpus.FindPassage(id)?.Text);

        var all = report.Union;
        output.WriteLine($"out-of-fold over {all.Results.Count}: MustIncl {all.MustIncludeHitRate:0.000}, Declines {all.CorrectDeclineRate:0.000}, FalseDecl {all.FalseDeclineRate:0.000}, CitePrec {all.CitationPrecision:0.000}, AnsPrec {all.AnswerPrecision:0.000}, top-1 {report.TopOne:0.000}");
        Assert.True(all.MustIncludeHitRate >= 0.72, $"must_include {all.MustIncludeHitRate:0.000} < 0.72");
        Assert.True(all.CorrectDeclineRate >= 0.58, $"correct declines {all.CorrectDeclineRate:0.000} < 0.58");
        Assert.True(all.FalseDeclineRate <= 0.12, $"false declines {all.FalseDeclineRate:0.000} > 0.12");
        Assert.True(all.AnswerPrecision >= 0.85, $"answer precision {all.AnswerPrecision:0.000} < 0.85");
        Assert.True(report.TopOne >= 0.65, $"top-1 {report.TopOne:0.000} < 0.65");
    }

    [Fact]
    public async Task Train_OnTheLabelledSets_GivesTheCommittedModel()
    {
        // `chatbot train` must be re-run whenever features, labelled sets or training change: the committed model is
        // what training produces now, up to floating-point noise between machines.
        var questions = await fixture.LabelledAsync();
        var trained = new SelectorTrainer(new SelectorTrainingOptions()).Train([.. questions.Select(q => q.ToTraining())], fixture.Inputs.FeatureNames);
        var committed = fixture.Selector;

        Assert.Equal(committed.Settings.DeclineThreshold, trained.Settings.DeclineThreshold, 2);
        Assert.Equal(committed.Settings.Training.Questions, trained.Settings.Training.Questions);
        var sameBest = questions.Count(q => Best(committed.Scores(q.Input.Features)) == Best(trained.Scores(q.Input.Features)));
        Assert.True(sameBest >= questions.Count * 0.98, $"the committed and a freshly trained model agree on the best candidate of {sameBest} of {questions.Count} questions; run `dotnet run --project src/ChatBot.Cli -- train`");
    }

    private static int Best(float[] scores) => scores.Length == 0 ? -1 : Array.IndexOf(scores, scores.Max());
}
