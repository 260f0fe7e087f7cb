namespace ChatBot.Core.Answering;

/// <summary>How the answer service did on one evaluation item.</summary>
/// <param name="MustIncludeHit">Answered, and every must_include string is in the answer text.</param>
/// <param name="CitationsWithEvidence">Citations whose passage contains the item's evidence.</param>
public sealed record AnswerEvalResult(AnswerEvalItem Item, Answer Answer, bool MustIncludeHit, int CitationsWithEvidence);
