using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Answering.Selection.Training;

namespace ChatBot.Core.Tests.Answering.Selection;

public sealed class AnswerSelectorTests : IDisposable
{
    private static readonly string[] Names = ["signal", "noise", "coverage", "type_match"];

    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-selector-tests").FullName;

    [Fact]
    public void Train_SameQuestionsTwice_WritesTheSameBytes()
    {
        var questions = Synthetic(seed: 7);
        var first = Path.Combine(folder, "a.zip");
        var second = Path.Combine(folder, "b.zip");

        Trainer().Train(questions, Names).Save(first);
        Trainer().Train(questions, Names).Save(second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Train_LearnsTheFeatureThatMarksTheAnswer()
    {
        var selector = Trainer().Train(Synthetic(seed: 3), Names);
        var test = Synthetic(seed: 11);

        var right = test.Count(q => q.HasPositive && q.Labels[Array.IndexOf(selector.Scores(q.Features), selector.Scores(q.Features).Max())]);

        Assert.True(right >= test.Count(q => q.HasPositive) * 0.9, $"{right} of {test.Count(q => q.HasPositive)}");
        Assert.Equal("signal", selector.FeatureGains()[0].Feature);
    }

    [Fact]
    public void SaveAndLoad_GiveTheSameScoresAndSettings()
    {
        var selector = Trainer().Train(Synthetic(seed: 5), Names);
        var path = Path.Combine(folder, "model.zip");
        selector.Save(path);

        var loaded = AnswerSelector.Load(path, Names);

        var features = Synthetic(seed: 9)[0].Features;
        Assert.Equal(selector.Scores(features), loaded.Scores(features));
        Assert.Equal(selector.Settings.DeclineThreshold, loaded.Settings.DeclineThreshold);
        Assert.Equal(selector.AnswerProbability(features, selector.Scores(features)), loaded.AnswerProbability(features, loaded.Scores(features)), 6);
        Assert.Equal(features.Length, loaded.Contributions(features).Length);
    }

    [Fact]
    public void Load_MissingFile_NamesTheFileAndHowToRebuildIt()
    {
        var path = Path.Combine(folder, "nowhere.zip");

        var error = Assert.Throws<InvalidOperationException>(() => AnswerSelector.Load(path, Names));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("train", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("")]
    public void Load_CorruptFile_NamesTheFile(string content)
    {
        var path = Path.Combine(folder, "corrupt.zip");
        File.WriteAllText(path, content);

        var error = Assert.Throws<InvalidOperationException>(() => AnswerSelector.Load(path, Names));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ModelOfOtherFeatures_IsRefusedWithTheReason()
    {
        var path = Path.Combine(folder, "other.zip");
        Trainer().Train(Synthetic(seed: 5), Names).Save(path);

        var error = Assert.Throws<InvalidOperationException>(() => AnswerSelector.Load(path, [.. Names, "a_new_feature"]));

        Assert.Contains("other features", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Softmax_SumsToOneAndKeepsTheOrder()
    {
        var p = AnswerSelector.Softmax([2f, 0f, 1f]);

        Assert.Equal(1.0, p.Sum(), 5);
        Assert.True(p[0] > p[2] && p[2] > p[1]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static SelectorTrainer Trainer() => new(new SelectorTrainingOptions { Iterations = 30, MinExamplesPerLeaf = 5 });

    // Questions of 30 candidates; in answerable ones the answer has a high "signal" feature, the rest are noise.
    private static List<TrainingQuestion> Synthetic(int seed)
    {
        var random = new Random(seed);
        var questions = new List<TrainingQuestion>();
        for (var q = 0; q < 60; q++)
        {
            var answerable = q % 4 != 0;
            var answer = random.Next(30);
            var features = new float[30][];
            var labels = new bool[30];
            for (var c = 0; c < 30; c++)
            {
                var isAnswer = answerable && c == answer;
                labels[c] = isAnswer;
                features[c] = [isAnswer ? 0.7f + (0.3f * random.NextSingle()) : 0.6f * random.NextSingle(), random.NextSingle(), random.NextSingle(), random.Next(2)];
            }

            questions.Add(new TrainingQuestion($"q{q}", "synthetic", answerable, features, labels));
        }

        return questions;
    }
}
