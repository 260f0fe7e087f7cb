using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Selection;

/// <summary>
/// The <see cref="SentenceTable"/> of an index version: analysed once per version (the sentence vectors come with the
/// index, see <see cref="IndexedCorpus.SentenceVectors"/>), shared by every question. The table of the version before
/// is kept too, so a question whose passages were retrieved just before a rebuild was swapped in is still read from the
/// version it was retrieved from, never from a mix.
/// </summary>
public sealed class SentenceTableProvider(ICorpusIndex index)
{
    private readonly Lock gate = new();
    private (IndexedCorpus Corpus, SentenceTable Table)? current;
    private (IndexedCorpus Corpus, SentenceTable Table)? previous;

    /// <summary>The table of the index as it is now.</summary>
    public async Task<SentenceTable> GetAsync(CancellationToken cancellationToken = default) =>
        For(await index.GetAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>The table of the index version that holds every one of <paramref name="retrieved"/>.</summary>
    public async Task<SentenceTable> GetAsync(IReadOnlyList<RetrievedPassage> retrieved, CancellationToken cancellationToken = default)
    {
        var table = await GetAsync(cancellationToken).ConfigureAwait(false);
        if (HoldsAll(table, retrieved))
        {
            return table;
        }

        lock (gate)
        {
            return previous is { } before && HoldsAll(before.Table, retrieved) ? before.Table : table;
        }
    }

    /// <summary>The table of <paramref name="corpus"/> (built on first use, then kept until two newer versions were served).</summary>
    public SentenceTable For(IndexedCorpus corpus)
    {
        lock (gate)
        {
            if (current is { } ready && ReferenceEquals(ready.Corpus, corpus))
            {
                return ready.Table;
            }

            if (previous is { } older && ReferenceEquals(older.Corpus, corpus))
            {
                return older.Table;
            }

            var table = SentenceTable.Build(corpus.Passages, corpus.SentenceVectors);
            previous = current;
            current = (corpus, table);
            return table;
        }
    }

    private static bool HoldsAll(SentenceTable table, IReadOnlyList<RetrievedPassage> retrieved) =>
        retrieved.All(r => table.SentencesOfPassage(r.Passage.Id).Count > 0);
}
