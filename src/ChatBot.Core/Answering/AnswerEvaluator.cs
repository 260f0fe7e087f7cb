using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering;

/// <summary>Runs evaluation items through an answer service and scores the answers (must_include, declines, citation precision).</summary>
public sealed partial class AnswerEvaluator(IAnswerService answers)
{
    /// <summary>Asks every item; <paramref name="passageText"/> gives the text of a cited passage by id (null when unknown).</summary>
    public async Task<AnswerEvalReport> RunAsync(IEnumerable<AnswerEvalItem> items, Func<string, string?> passageText, CancellationToken cancellationToken = default)
    {
        var results = new List<AnswerEvalResult>();
        foreach (var item in items)
        {
            var answer = await answers.AskAsync(item.Question, item.History, cancellationToken);
            results.Add(Score(item, answer, passageText));
        }

        return Summarise(results);
    }

    /// <summary>Scores one answer.</summary>
    public static AnswerEvalResult Score(AnswerEvalItem item, Answer answer, Func<string, string?> passageText)
    {
        var hit = answer.Answered && item.MustInclude.All(m => answer.Text.Contains(m, StringComparison.OrdinalIgnoreCase));
        var evidence = NormaliseEvidence(item.Evidence);
        var withEvidence = evidence.Length == 0
            ? 0
            : answer.Citations.Count(c => passageText(c.PassageId) is { } text && NormaliseEvidence(text).Contains(evidence, StringComparison.Ordinal));
        return new AnswerEvalResult(item, answer, hit, withEvidence);
    }

    /// <summary>The rates over scored answers.</summary>
    public static AnswerEvalReport Summarise(IReadOnlyList<AnswerEvalResult> results)
    {
        var answerable = results.Where(r => r.Item.Answerable).ToList();
        var unanswerable = results.Where(r => !r.Item.Answerable).ToList();
        var answered = answerable.Where(r => r.Answer.Answered).ToList();
        var citations = answered.Sum(r => r.Answer.Citations.Count);
        return new AnswerEvalReport(
            answerable.Count,
            unanswerable.Count,
            Rate(answerable.Count(r => r.MustIncludeHit), answerable.Count),
            Rate(unanswerable.Count(r => !r.Answer.Answered), unanswerable.Count),
            Rate(answerable.Count(r => !r.Answer.Answered), answerable.Count),
            Rate(answered.Sum(r => r.CitationsWithEvidence), citations),
            Rate(answered.Count(r => r.CitationsWithEvidence > 0), answered.Count),
            results);
    }

    private static double Rate(int count, int total) => total == 0 ? 0 : (double)count / total;

    // White space normalised: runs become one space, and a space before closing punctuation goes, because the corpus
    // loader tidies "Mezhraionka , usually" to "Mezhraionka, usually" while evidence is quoted from the raw file.
    internal static string NormaliseEvidence(string text) => SpaceBeforePunctuation().Replace(Whitespace().Replace(text, " "), string.Empty).Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" (?=[,.;:!?)\]])")]
    private static partial Regex SpaceBeforePunctuation();
}
