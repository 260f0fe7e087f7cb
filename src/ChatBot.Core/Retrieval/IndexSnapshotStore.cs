using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using ChatBot.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Saves and loads passage embeddings: manifest.json (key, passage ids, checksum) and vectors.f32 (little-endian float32 rows).
/// Files are written to temporary names and renamed, and a snapshot whose checksum or size does not match is never used.
/// </summary>
public sealed class IndexSnapshotStore(IOptions<IndexOptions> options, ILogger<IndexSnapshotStore> logger)
{
    private const string ManifestFile = "manifest.json";
    private const string VectorsFile = "vectors.f32";

    /// <summary>The absolute snapshot folder.</summary>
    public string Folder { get; } = ContentPaths.Resolve(options.Value.Folder);

    /// <summary>The vectors (one per passage id, in order) when a valid snapshot for <paramref name="key"/> exists; otherwise null.</summary>
    public async Task<float[][]?> TryLoadAsync(SnapshotKey key, CancellationToken cancellationToken = default)
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

        if (manifest is null || manifest.PassageIds is null || manifest.Key is null || manifest.VectorsSha256 is null)
        {
            logger.LogWarning("The index snapshot manifest {Path} is incomplete; rebuilding the index.", manifestPath);
            return null;
        }

        if (manifest.Format != SnapshotKey.Format || manifest.Key != key.Value)
        {
            var reason = manifest.ModelId != key.ModelId ? $"the embedding model changed ({manifest.ModelId} → {key.ModelId})"
                : manifest.ContentHash != key.ContentHash ? "the corpus changed"
                : "the passages or the snapshot format changed";
            logger.LogInformation("The index snapshot is out of date because {Reason}; rebuilding the index.", reason);
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

        var expectedBytes = (long)manifest.PassageIds.Count * manifest.Dimensions * sizeof(float);
        if (bytes.LongLength != manifest.VectorsBytes || bytes.LongLength != expectedBytes
            || Convert.ToHexStringLower(SHA256.HashData(bytes)) != manifest.VectorsSha256)
        {
            logger.LogWarning("The index snapshot {Path} is corrupt or truncated (checksum mismatch); rebuilding the index.", vectorsPath);
            return null;
        }

        var floats = MemoryMarshal.Cast<byte, float>(bytes);
        var vectors = new float[manifest.PassageIds.Count][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = floats.Slice(i * manifest.Dimensions, manifest.Dimensions).ToArray();
        }

        return vectors;
    }

    /// <summary>Writes the snapshot for <paramref name="key"/>; vectors are in the order of the key's passage ids.</summary>
    public async Task SaveAsync(SnapshotKey key, IReadOnlyList<ReadOnlyMemory<float>> vectors, CancellationToken cancellationToken = default)
    {
        if (vectors.Count != key.PassageIds.Count)
        {
            throw new ArgumentException("One vector per passage id is required.", nameof(vectors));
        }

        var dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        var bytes = new byte[(long)vectors.Count * dimensions * sizeof(float)];
        var floats = MemoryMarshal.Cast<byte, float>(bytes.AsSpan());
        for (var i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].Length != dimensions)
            {
                throw new ArgumentException("All vectors must have the same length.", nameof(vectors));
            }

            vectors[i].Span.CopyTo(floats.Slice(i * dimensions, dimensions));
        }

        var manifest = new SnapshotManifest(
            SnapshotKey.Format, key.Value, key.ModelId, key.ContentHash, dimensions, key.PassageIds,
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
