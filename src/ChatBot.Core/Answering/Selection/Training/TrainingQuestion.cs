namespace ChatBot.Core.Answering.Selection.Training;

/// <summary>A labelled question as the trainer sees it: its candidates' features and which of them hold the evidence.</summary>
/// <param name="Set">The question file it comes from (for per-set figures).</param>
public sealed record TrainingQuestion(string Id, string Set, bool Answerable, float[][] Features, bool[] Labels)
{
    /// <summary>Whether any candidate holds the evidence (retrieval found it).</summary>
    public bool HasPositive => Labels.Any(l => l);
}
