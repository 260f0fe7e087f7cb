using ChatBot.Core.Answering;
using ChatBot.Core.Configuration;
using ChatBot.Core.Retrieval.Evaluation;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Answering;

/// <summary>
/// Guards the offline answerer's quality on the repository's own question sets (extra.jsonl, holdout.jsonl) over the real
/// corpus, keyword retrieval only (see <see cref="RealCorpusAnsweringFixture"/>). The floors sit a little under what this
/// configuration measured when they were set; a change to the scoring that costs answers or declines fails here.
/// </summary>
public sealed class AnswerQualityFloorTests(RealCorpusAnsweringFixture fixture, ITestOutputHelper output) : IClassFixture<RealCorpusAnsweringFixture>
{
    [Theory]
    [InlineData("extra.jsonl", 0.88, 0.55, 0.08, 0.85)]
    [InlineData("holdout.jsonl", 0.58, 0.65, 0.30, 0.74)]
    public async Task OfflineAnswerer_OwnQuestionSet_StaysAboveItsFloors(string file, double minHit, double minDeclines, double maxFalseDeclines, double minAnswerPrecision)
    {
        var (items, errors) = EvalSetReader.Read(ContentPaths.Resolve(Path.Combine("tests", "ChatBot.Core.Tests", "Answering", file)));
        Assert.Empty(errors);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var recording = new RecordingAnswerer(fixture.Answerer, seen);

        var report = await new AnswerEvaluator(recording).RunAsync(
            items.Select(i => new AnswerEvalItem(i.Id, i.Question, i.History, !i.IsUnanswerable, i.MustInclude, i.Evidence)),
            id => seen.GetValueOrDefault(id));

        output.WriteLine($"{file}: hit {report.MustIncludeHitRate:0.000}, declines {report.CorrectDeclineRate:0.000}, false declines {report.FalseDeclineRate:0.000}, citation precision {report.CitationPrecision:0.000}, answer precision {report.AnswerPrecision:0.000}");
        Assert.True(report.MustIncludeHitRate >= minHit, $"must_include hit {report.MustIncludeHitRate:0.000} < {minHit}");
        Assert.True(report.CorrectDeclineRate >= minDeclines, $"correct declines {report.CorrectDeclineRate:0.000} < {minDeclines}");
        Assert.True(report.FalseDeclineRate <= maxFalseDeclines, $"false declines {report.FalseDeclineRate:0.000} > {maxFalseDeclines}");
        Assert.True(report.AnswerPrecision >= minAnswerPrecision, $"answer precision {report.AnswerPrecision:0.000} < {minAnswerPrecision}");
    }

    // Keeps the text of every passage an answer cites, so the evidence can be looked up.
    private sealed class RecordingAnswerer(IAnswerService inner, Dictionary<string, string> seen) : IAnswerService
    {
        public async Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
        {
            var draft = await ((OfflineAnswerService)inner).DraftAsync(question, history, cancellationToken);
            foreach (var passage in draft.Passages)
            {
                seen[passage.Id] = passage.Text;
            }

            return await inner.AskAsync(question, history, cancellationToken);
        }
    }
}
