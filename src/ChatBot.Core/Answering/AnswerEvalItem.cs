using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Answering;

/// <summary>One question of an evaluation set (e.g. dev.jsonl) as the answer metrics need it.</summary>
/// <param name="Answerable">False for items whose kind is "unanswerable": the right reply is a decline.</param>
/// <param name="MustInclude">Strings that must all appear (case-insensitively) in a correct answer.</param>
/// <param name="Evidence">Text a correctly cited passage contains (white space normalised).</param>
public sealed record AnswerEvalItem(string Id, string Question, IReadOnlyList<string> History, bool Answerable, IReadOnlyList<string> MustInclude, string Evidence)
{
    /// <summary>The answer-metric view of a line of an evaluation file.</summary>
    public static AnswerEvalItem From(EvalItem item) => new(item.Id, item.Question, item.History, !item.IsUnanswerable, item.MustInclude, item.Evidence ?? string.Empty);
}
