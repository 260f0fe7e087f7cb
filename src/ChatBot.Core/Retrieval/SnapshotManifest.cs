using System.Text.Json.Serialization;

namespace ChatBot.Core.Retrieval;

/// <summary>The JSON head of an index snapshot: which model made the vectors, the cache key of each row, and a checksum of the vector file.</summary>
internal sealed record SnapshotManifest(
    [property: JsonPropertyName("format")] int Format,
    [property: JsonPropertyName("modelId")] string ModelId,
    [property: JsonPropertyName("contentHash")] string ContentHash,
    [property: JsonPropertyName("dimensions")] int Dimensions,
    [property: JsonPropertyName("keys")] IReadOnlyList<string> Keys,
    [property: JsonPropertyName("vectorsBytes")] long VectorsBytes,
    [property: JsonPropertyName("vectorsSha256")] string VectorsSha256,
    [property: JsonPropertyName("createdUtc")] DateTimeOffset CreatedUtc);
