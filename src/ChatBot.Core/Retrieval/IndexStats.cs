namespace ChatBot.Core.Retrieval;

/// <summary>Counts and timings of one index load or build.</summary>
/// <param name="FromSnapshot">True when embeddings were loaded from the snapshot, false when they were computed.</param>
/// <param name="ReadTime">Reading and chunking the corpus.</param>
/// <param name="EmbedTime">Computing embeddings (zero when loaded from the snapshot).</param>
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
    TimeSpan TotalTime);
