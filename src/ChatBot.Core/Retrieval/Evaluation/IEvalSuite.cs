namespace ChatBot.Core.Retrieval.Evaluation;

/// <summary>
/// One family of metrics the `eval` verb computes over an evaluation file. Register implementations as
/// <c>services.AddSingleton&lt;IEvalSuite, MySuite&gt;()</c>; the verb runs every registered suite in registration order.
/// </summary>
public interface IEvalSuite
{
    /// <summary>Short name, used as the key in JSON output (e.g. "retrieval", "answers").</summary>
    string Name { get; }

    /// <summary>Scores the items; must not throw for an item it cannot score (skip it and say so in the notes).</summary>
    Task<EvalTable> RunAsync(IReadOnlyList<EvalItem> items, CancellationToken cancellationToken = default);
}
