using System.Collections.Concurrent;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Retrieval.Evaluation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Answering;

/// <summary>
/// The `eval` answer metrics of the offline answerer: must_include hit rate on answerable items, correct declines on
/// unanswerable ones, false declines, and citation precision (a cited passage contains the item's evidence).
/// </summary>
public sealed class AnswerEvalSuite(IPassageRetriever retriever, CitationVerifier verifier, IOptions<AnsweringOptions> options, ILoggerFactory? loggers = null) : IEvalSuite
{
    /// <inheritdoc />
    public string Name => "answers";

    /// <inheritdoc />
    public async Task<EvalTable> RunAsync(IReadOnlyList<EvalItem> items, CancellationToken cancellationToken = default)
    {
        // Cited passages are always among the retrieved ones, so recording them gives the text to look the evidence up in.
        var recording = new RecordingRetriever(retriever);
        var offline = new OfflineAnswerService(recording, verifier, options, (loggers ?? NullLoggerFactory.Instance).CreateLogger<OfflineAnswerService>());
        var evalItems = items.Select(i => new AnswerEvalItem(i.Id, i.Question, i.History, !i.IsUnanswerable, i.MustInclude, i.Evidence));
        var report = await new AnswerEvaluator(offline).RunAsync(evalItems, id => recording.Seen.GetValueOrDefault(id)?.Text, cancellationToken);
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

    private sealed class RecordingRetriever(IPassageRetriever inner) : IPassageRetriever
    {
        public ConcurrentDictionary<string, Passage> Seen { get; } = new(StringComparer.Ordinal);

        public async Task<IReadOnlyList<RetrievedPassage>> SearchAsync(string query, RetrievalMode? mode = null, int? top = null, CancellationToken cancellationToken = default)
        {
            var results = await inner.SearchAsync(query, mode, top, cancellationToken);
            foreach (var result in results)
            {
                Seen.TryAdd(result.Passage.Id, result.Passage);
            }

            return results;
        }
    }
}
