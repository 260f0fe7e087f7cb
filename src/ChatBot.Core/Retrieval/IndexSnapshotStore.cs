using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using ChatBot.Core.Configuration;
using ChatBot.Core.Embeddings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Saves and loads the embedding cache (<see cref="EmbeddingCache"/>): manifest.json (model, one cache key per row, checksum)
/// and vectors.f32 (little-endian float32 rows). Files are written to temporary names and renamed, and a snapshot whose
/// checksum or size does not match is never used.
/// </summary>
public sealed class IndexSnapshotStore(IOptions<IndexOptions> options, ILogger<IndexSnapshotStore> logger)
{
    /// <summary>Version of the snapshot layout; 2 keys rows by a hash of the embedded text instead of by passage id.</summary>
    public const int Format = 2;

    private const string ManifestFile = "manifest.json";
    private const string VectorsFile = "vectors.f32";

    /// <summary>The absolute snapshot folder.</summary>
    public string Folder { get; } = ContentPaths.Resolve(options.Value.Folder);

    /// <summary>The saved entries (cache key → vector) when a valid snapshot made by <paramref name="model"/> exists; otherwise null.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, float[]>>?> TryLoadAsync(EmbeddingModel model, CancellationToken cancellationToken = default)
    {
        var manifestPath = Path.Combine(Folder, ManifestFile);
        var vectorsPath = Path.Combine(Folder, VectorsFile);
        if (!File.Exists(manifestPath))
        {
            logger.LogInformation("No index snapshot in {Folder}; building the index.", Folder);
            return null;
        }

        SnapshotManifest? manifest;
        try
        {
            await using var stream = File.OpenRead(manifestPath);
            manifest = await JsonSerializer.DeserializeAsync<SnapshotManifest>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            logger.LogWarning("The index snapshot manifest {Path} is unreadable or corrupt ({Reason}); rebuilding the index.", manifestPath, ex.Message);
            return null;
        }

        if (manifest is { Format: not Format })
        {
            logger.LogInformation("The index snapshot has format {Old}, this build writes {New}; rebuilding the index.", manifest.Format, Format);
            return null;
        }

        if (manifest?.Keys is null || manifest.VectorsSha256 is null || manifest.ModelId is null)
        {
            logger.LogWarning("The index snapshot manifest {Path} is incomplete; rebuilding the index.", manifestPath);
            return null;
        }

        if (manifest.ModelId != model.Id || (model.Dimensions > 0 && manifest.Keys.Count > 0 && manifest.Dimensions != model.Dimensions))
        {
            logger.LogInformation(
                "The index snapshot is out of date because the embedding model changed ({Old}, {OldDims} dims → {New}, {NewDims} dims); rebuilding the index.",
                manifest.ModelId, manifest.Dimensions, model.Id, model.Dimensions);
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(vectorsPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The index snapshot vectors {Path} cannot be read ({Reason}); rebuilding the index.", vectorsPath, ex.Message);
            return null;
        }

        var expectedBytes = (long)manifest.Keys.Count * manifest.Dimensions * sizeof(float);
        if (bytes.LongLength != manifest.VectorsBytes || bytes.LongLength != expectedBytes
            || Convert.ToHexStringLower(SHA256.HashData(bytes)) != manifest.VectorsSha256)
        {
            logger.LogWarning("The index snapshot {Path} is corrupt or truncated (checksum mismatch); rebuilding the index.", vectorsPath);
            return null;
        }

        var floats = MemoryMarshal.Cast<byte, float>(bytes);
        var entries = new KeyValuePair<string, float[]>[manifest.Keys.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = KeyValuePair.Create(manifest.Keys[i], floats.Slice(i * manifest.Dimensions, manifest.Dimensions).ToArray());
        }

        return entries;
    }

    /// <summary>Writes <paramref name="entries"/> (cache key → vector) as the snapshot of <paramref name="modelId"/>.</summary>
    /// <param name="contentHash">The corpus hash the entries were built for; recorded for people, not checked.</param>
    public async Task SaveAsync(string modelId, string contentHash, IReadOnlyList<KeyValuePair<string, ReadOnlyMemory<float>>> entries, CancellationToken cancellationToken = default)
    {
        var dimensions = entries.Count == 0 ? 0 : entries[0].Value.Length;
        var bytes = new byte[(long)entries.Count * dimensions * sizeof(float)];
        var floats = MemoryMarshal.Cast<byte, float>(bytes.AsSpan());
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Value.Length != dimensions)
            {
                throw new ArgumentException("All vectors must have the same length.", nameof(entries));
            }

            entries[i].Value.Span.CopyTo(floats.Slice(i * dimensions, dimensions));
        }

        var manifest = new SnapshotManifest(
            Format, modelId, contentHash, dimensions, [.. entries.Select(e => e.Key)],
            bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)), DateTimeOffset.UtcNow);

        Directory.CreateDirectory(Folder);
        var vectorsPath = Path.Combine(Folder, VectorsFile);
        var manifestPath = Path.Combine(Folder, ManifestFile);
        var suffix = $".{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(vectorsPath + suffix, bytes, cancellationToken).ConfigureAwait(false);
        await using (var stream = File.Create(manifestPath + suffix))
        {
            await JsonSerializer.SerializeAsync(stream, manifest, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        // Vectors first: a crash between the two renames leaves an old manifest whose checksum rejects the new vectors.
        File.Move(vectorsPath + suffix, vectorsPath, overwrite: true);
        File.Move(manifestPath + suffix, manifestPath, overwrite: true);
    }
}
