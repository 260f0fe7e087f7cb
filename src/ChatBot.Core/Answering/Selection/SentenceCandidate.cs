using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Selection;

/// <summary>One sentence of a retrieved passage, or two adjacent ones, that could answer the question.</summary>
/// <param name="Rank">Rank of its passage among the retrieved ones (0 = best).</param>
/// <param name="Sentences">Indices into <see cref="SentenceTable.Sentences"/>, in order (one or two).</param>
public sealed record SentenceCandidate(int Rank, RetrievedPassage Retrieved, IReadOnlyList<int> Sentences, string Text)
{
    /// <summary>Position of the first sentence in its passage.</summary>
    public int Position(SentenceTable table) => table.Sentences[Sentences[0]].Position;

    /// <summary>Whether the candidate spans two sentences.</summary>
    public bool IsPair => Sentences.Count > 1;
}
