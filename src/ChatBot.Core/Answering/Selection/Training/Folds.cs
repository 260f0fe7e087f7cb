namespace ChatBot.Core.Answering.Selection.Training;

/// <summary>Deterministic fold assignment: item i goes to fold i mod k, so every run splits the same way.</summary>
public static class Folds
{
    public static int[] Assign(int count, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        return [.. Enumerable.Range(0, count).Select(i => i % folds)];
    }
}
