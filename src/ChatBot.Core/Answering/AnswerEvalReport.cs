namespace ChatBot.Core.Answering;

/// <summary>Answer metrics over an evaluation set.</summary>
/// <param name="MustIncludeHitRate">Share of answerable items answered with every must_include string.</param>
/// <param name="CorrectDeclineRate">Share of unanswerable items declined.</param>
/// <param name="FalseDeclineRate">Share of answerable items declined.</param>
/// <param name="CitationPrecision">Share of the citations of answered answerable items whose passage contains the evidence.</param>
/// <param name="AnswerPrecision">Share of answered answerable items with at least one citation whose passage contains the evidence.</param>
public sealed record AnswerEvalReport(
    int Answerable,
    int Unanswerable,
    double MustIncludeHitRate,
    double CorrectDeclineRate,
    double FalseDeclineRate,
    double CitationPrecision,
    double AnswerPrecision,
    IReadOnlyList<AnswerEvalResult> Results);
