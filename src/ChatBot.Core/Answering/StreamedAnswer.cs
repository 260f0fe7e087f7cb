namespace ChatBot.Core.Answering;

/// <summary>The verified part of a streamed answer so far, gathered from its <see cref="AnswerUpdate"/>s (for channels that show it growing).</summary>
public sealed class StreamedAnswer
{
    private readonly List<string> sentences = [];
    private readonly SortedDictionary<int, Citation> citations = [];

    /// <summary>How many verified sentences have come.</summary>
    public int Sentences => sentences.Count;

    /// <summary>The sentences so far with every citation they name (the latest quote of each).</summary>
    public Answer Current => new(string.Join(' ', sentences), true, [.. citations.Values]);

    /// <summary>Takes in a sentence update; other updates change nothing.</summary>
    public void Add(AnswerUpdate update)
    {
        if (update.Kind != AnswerUpdateKind.Sentence)
        {
            return;
        }

        sentences.Add(update.Text);
        foreach (var citation in update.Citations)
        {
            citations[citation.Index] = citation;
        }
    }
}
