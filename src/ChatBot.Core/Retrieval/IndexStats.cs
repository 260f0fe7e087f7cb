namespace ChatBot.Core.Retrieval;

/// <summary>Counts and timings of one index load or build.</summary>
/// <param name="FromSnapshot">True when every embedding came from the snapshot (nothing was embedded), false otherwise.</param>
/// <param name="ReadTime">Reading and chunking the corpus.</param>
/// <param name="EmbedTime">Computing embeddings (zero when all came from the snapshot).</param>
/// <param name="SnapshotTime">Reading or writing the snapshot.</param>
/// <param name="TotalTime">Everything, including filling the vector store.</param>
public sealed record IndexStats(
    int Sections,
    int Passages,
    int GlossaryEntries,
    bool FromSnapshot,
    string ModelId,
    string ContentHash,
    TimeSpan ReadTime,
    TimeSpan EmbedTime,
    TimeSpan SnapshotTime,
    TimeSpan TotalTime)
{
    /// <summary>Texts embedded by the model in this build; the others were reused from the cache (unchanged text).</summary>
    public int Embedded { get; init; }

    /// <summary>1 for the first index of the process, then one more for every rebuild that was swapped in.</summary>
    public int Version { get; init; }

    /// <summary>When this index was swapped in (UTC).</summary>
    public DateTimeOffset BuiltAt { get; init; }
}
