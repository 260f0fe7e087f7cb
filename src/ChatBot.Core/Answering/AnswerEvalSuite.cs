using ChatBot.Core.Retrieval;
using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Answering;

/// <summary>
/// The `eval` answer metrics of the offline answerer: must_include hit rate on answerable items, correct declines on
/// unanswerable ones, false declines, and citation precision (a cited passage contains the item's evidence).
/// </summary>
public sealed class AnswerEvalSuite(OfflineAnswerService offline, ICorpusIndex index) : IEvalSuite
{
    /// <inheritdoc />
    public string Name => "answers";

    /// <inheritdoc />
    public async Task<EvalTable> RunAsync(IReadOnlyList<EvalItem> items, CancellationToken cancellationToken = default)
    {
        var corpus = await index.GetAsync(cancellationToken).ConfigureAwait(false);
        var report = await new AnswerEvaluator(offline).RunAsync(items.Select(AnswerEvalItem.From), id => corpus.FindPassage(id)?.Text, cancellationToken).ConfigureAwait(false);
        return ToTable(report);
    }

    /// <summary>The report as an eval table: one "offline" column.</summary>
    public static EvalTable ToTable(AnswerEvalReport report)
    {
        var notes = new List<string>
        {
            $"{report.Answerable} answerable, {report.Unanswerable} unanswerable questions; offline answerer (MustIncl: all must_include strings in the answer; CitePrec: cited passages holding the evidence).",
        };
        foreach (var result in report.Results)
        {
            if (result.Item.Answerable && !result.MustIncludeHit)
            {
                notes.Add($"{(result.Answer.Answered ? "miss" : "false decline")} {result.Item.Id}: {Shorten(result.Answer.Text)}");
            }
            else if (result.Item.Answerable && result.CitationsWithEvidence < result.Answer.Citations.Count)
            {
                notes.Add($"imprecise {result.Item.Id}: {result.CitationsWithEvidence} of {result.Answer.Citations.Count} citations hold the evidence");
            }

            if (!result.Item.Answerable && result.Answer.Answered)
            {
                notes.Add($"answered unanswerable {result.Item.Id}: {Shorten(result.Answer.Text)}");
            }
        }

        return new EvalTable(
            "answers",
            "Answers (offline answerer)",
            ["offline"],
            [
                new EvalRow("MustIncl", [report.MustIncludeHitRate]),
                new EvalRow("Declines", [report.CorrectDeclineRate]),
                new EvalRow("FalseDecl", [report.FalseDeclineRate]),
                new EvalRow("CitePrec", [report.CitationPrecision]),
                new EvalRow("AnsPrec", [report.AnswerPrecision]),
            ])
        {
            Notes = notes,
            Items = [.. report.Results.Select(r => new EvalItemOutcome(r.Item.Id, r.Item.Answerable, r.Answer.Answered, r.MustIncludeHit, r.Answer.Citations.Count, r.CitationsWithEvidence, r.Answer.Text))],
        };
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
