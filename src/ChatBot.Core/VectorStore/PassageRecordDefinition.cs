using Microsoft.Extensions.VectorData;

namespace ChatBot.Core.VectorStore;

/// <summary>The <see cref="VectorStoreCollectionDefinition"/> of <see cref="PassageRecord"/> for a given embedding dimension.</summary>
public static class PassageRecordDefinition
{
    /// <summary>Name of the collection that holds the corpus passages.</summary>
    public const string CollectionName = "passages";

    /// <summary>The definition with a cosine-similarity vector of <paramref name="dimensions"/> floats.</summary>
    public static VectorStoreCollectionDefinition Create(int dimensions) => new()
    {
        Properties =
        [
            new VectorStoreKeyProperty(nameof(PassageRecord.Key), typeof(string)),
            new VectorStoreDataProperty(nameof(PassageRecord.SectionId), typeof(string)) { IsIndexed = true },
            new VectorStoreDataProperty(nameof(PassageRecord.SectionPath), typeof(string[])) { IsIndexed = true, IsFullTextIndexed = true },
            new VectorStoreDataProperty(nameof(PassageRecord.Kind), typeof(string)) { IsIndexed = true },
            new VectorStoreDataProperty(nameof(PassageRecord.Text), typeof(string)) { IsFullTextIndexed = true },
            new VectorStoreDataProperty(nameof(PassageRecord.SourceFile), typeof(string)) { IsIndexed = true },
            new VectorStoreDataProperty(nameof(PassageRecord.Start), typeof(int)),
            new VectorStoreDataProperty(nameof(PassageRecord.End), typeof(int)),
            new VectorStoreVectorProperty(nameof(PassageRecord.Vector), typeof(ReadOnlyMemory<float>), dimensions)
            {
                DistanceFunction = DistanceFunction.CosineSimilarity,
                IndexKind = IndexKind.Flat,
            },
        ],
    };
}
