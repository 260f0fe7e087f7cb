using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Answering.Selection.Training;

/// <summary>A labelled question with the selector's input built for it, so that training and scoring share one retrieval.</summary>
public sealed record LabelledQuestion(string Set, EvalItem Item, SelectorInput Input)
{
    /// <summary>The trainer's view: features and evidence labels.</summary>
    public TrainingQuestion ToTraining() =>
        new($"{Set}/{Item.Id}", Set, !Item.IsUnanswerable, Input.Features, Item.IsUnanswerable ? new bool[Input.Candidates.Count] : EvidenceLabels.For(Input, Item.Evidence));
}
