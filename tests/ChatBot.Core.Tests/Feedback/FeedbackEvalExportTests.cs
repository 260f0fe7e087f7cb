using ChatBot.Core.Feedback;
using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Tests.Feedback;

public sealed class FeedbackEvalExportTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"chatbot-export-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(file);

    [Fact]
    public void Lines_AreTheDislikedAnswers_InTheEvalSetFormat_WithMustIncludeLeftEmpty()
    {
        FeedbackRecord[] records =
        [
            FeedbackRecords.Of(FeedbackRecord.Like, "Where was Trotsky born?", 1),
            FeedbackRecords.Of(FeedbackRecord.Dislike, "Whose guest was he?", 2, "not Knudsen?", "Who let him into Norway?"),
            FeedbackRecords.Of(FeedbackRecord.Dislike, null, 3),
            FeedbackRecords.Of(FeedbackRecord.Dislike, "Whose guest was he?", 4, null, "Who let him into Norway?"),
        ];

        File.WriteAllLines(file, FeedbackEvalExport.Lines(records));
        var (items, errors) = EvalSetReader.Read(file);

        Assert.Empty(errors);
        var item = Assert.Single(items);
        Assert.Equal("Whose guest was he?", item.Question);
        Assert.Equal(["Who let him into Norway?"], item.History);
        Assert.Empty(item.MustInclude);
        Assert.Equal(["Exile"], item.GoldSections);
        Assert.Equal("feedback", item.Kind);
        Assert.StartsWith("fb-", item.Id);
        Assert.Contains("\"rated_answer\":\"An answer to Whose guest was he? [1].\"", File.ReadAllText(file));
        Assert.Contains("not Knudsen?", File.ReadAllText(file));
    }

    [Fact]
    public void Ids_AreStableAcrossExports() =>
        Assert.Equal(
            FeedbackEvalExport.Lines([FeedbackRecords.Of(FeedbackRecord.Dislike, "Q?", 1)]),
            FeedbackEvalExport.Lines([FeedbackRecords.Of(FeedbackRecord.Dislike, "Q?", 1)]));
}
