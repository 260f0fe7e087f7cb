using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Tests.Answering;

/// <summary>Returns the same passages for every query and remembers the queries.</summary>
internal sealed class FakePassageRetriever(IReadOnlyList<Passage> passages) : IPassageRetriever
{
    public List<string> Queries { get; } = [];

    public IReadOnlyList<Passage> Passages => passages;

    public Task<IReadOnlyList<RetrievedPassage>> SearchAsync(string query, RetrievalMode? mode = null, int? top = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Queries.Add(query);
        IReadOnlyList<RetrievedPassage> result = [.. passages.Take(top ?? passages.Count).Select((p, i) => new RetrievedPassage(p, 1.0 / (i + 1)))];
        return Task.FromResult(result);
    }
}
