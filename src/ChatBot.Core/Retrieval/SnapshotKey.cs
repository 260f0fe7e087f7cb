using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Core.Retrieval;

/// <summary>What a snapshot must match to be reused: corpus content, embedding model, and the exact passages the chunker cut.</summary>
public sealed record SnapshotKey(string ContentHash, string ModelId, IReadOnlyList<string> PassageIds)
{
    /// <summary>Version of the snapshot layout and of everything around it that changes the vectors.</summary>
    public const int Format = 1;

    /// <summary>One hash over all inputs; passage ids change whenever chunking settings or text change.</summary>
    public string Value
    {
        get
        {
            var text = new StringBuilder()
                .Append(Format).Append('|')
                .Append(PassageEmbeddingText.Version).Append('|')
                .Append(ContentHash).Append('|')
                .Append(ModelId).Append('|')
                .AppendJoin('\n', PassageIds)
                .ToString();
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }
    }
}
