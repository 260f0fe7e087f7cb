using ChatBot.Core.Answering;
using ChatBot.Core.Configuration;
using ChatBot.Core.Retrieval.Evaluation;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Answering;

/// <summary>
/// Guards the offline answerer's quality on the repository's own question sets (extra.jsonl, holdout.jsonl, holdout2.jsonl, and common.jsonl: the first questions a user asks) over the real
/// corpus, keyword retrieval only (see <see cref="RealCorpusAnsweringFixture"/>). The floors sit a little under what this
/// configuration measured when they were set; a change to the scoring that costs answers or declines fails here.
/// </summary>
public sealed class AnswerQualityFloorTests(RealCorpusAnsweringFixture fixture, ITestOutputHelper output) : IClassFixture<RealCorpusAnsweringFixture>
{
    [Theory]
    [InlineData("extra.jsonl", 0.88, 0.80, 0.08, 0.92)]
    [InlineData("holdout.jsonl", 0.73, 0.75, 0.17, 0.80)]
    [InlineData("holdout2.jsonl", 0.71, 0.70, 0.22, 0.92)]
    [InlineData("common.jsonl", 0.62, 0.0, 0.10, 0.70)]
    public async Task OfflineAnswerer_OwnQuestionSet_StaysAboveItsFloors(string file, double minHit, double minDeclines, double maxFalseDeclines, double minAnswerPrecision)
    {
        var (items, errors) = EvalSetReader.Read(ContentPaths.Resolve(Path.Combine("tests", "ChatBot.Core.Tests", "Answering", file)));
        Assert.Empty(errors);
        var options = TestPassages.Options();

        // The suite behind `eval`: it records the retrieved passages to look the evidence up in.
        var table = await new AnswerEvalSuite(fixture.Retriever, TestPassages.Verifier(options), options).RunAsync(items);

        var rate = table.Rows.ToDictionary(r => r.Metric, r => r.Values[0]);
        output.WriteLine($"{file}: " + string.Join(", ", rate.Select(r => $"{r.Key} {r.Value:0.000}")));
        Assert.True(rate["MustIncl"] >= minHit, $"must_include hit {rate["MustIncl"]:0.000} < {minHit}");
        Assert.True(rate["Declines"] >= minDeclines, $"correct declines {rate["Declines"]:0.000} < {minDeclines}");
        Assert.True(rate["FalseDecl"] <= maxFalseDeclines, $"false declines {rate["FalseDecl"]:0.000} > {maxFalseDeclines}");
        Assert.True(rate["AnsPrec"] >= minAnswerPrecision, $"answer precision {rate["AnsPrec"]:0.000} < {minAnswerPrecision}");
    }
}
