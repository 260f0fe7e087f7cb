using ChatBot.Core.Retrieval;

namespace ChatBot.Web.Indexing;

/// <summary>What POST /admin/reindex answers: the index now served and the files that could not be used.</summary>
public sealed record ReindexResult(int Version, DateTimeOffset BuiltAt, int Passages, int Embedded, IReadOnlyList<string> Problems)
{
    public static ReindexResult Of(IndexedCorpus corpus) => new(
        corpus.Stats.Version, corpus.Stats.BuiltAt, corpus.Stats.Passages, corpus.Stats.Embedded,
        [.. corpus.Problems.Select(p => $"{p.File}: {p.Message}")]);
}
