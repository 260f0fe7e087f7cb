namespace ChatBot.Core.Answering.Replay;

/// <summary>
/// Retrieval recall of follow-up questions (items with history whose evidence a passage holds): the share whose
/// evidence passage is among the passages retrieved for the standalone question the scripted model condensed, for the
/// follow-up as typed, and for the offline answerer's expansion (previous question + this one).
/// </summary>
public sealed record ReplayFollowUps(int Items, int WithStandalone, int AsTyped, int Expanded)
{
    /// <summary>Each follow-up: whether its evidence passage was retrieved for the condensed question, as typed, and expanded.</summary>
    public IReadOnlyList<(string Id, bool WithStandalone, bool AsTyped, bool Expanded)> PerItem { get; init; } = [];

    public double RecallWithStandalone => Items == 0 ? 0 : (double)WithStandalone / Items;

    public double RecallAsTyped => Items == 0 ? 0 : (double)AsTyped / Items;

    public double RecallExpanded => Items == 0 ? 0 : (double)Expanded / Items;
}
