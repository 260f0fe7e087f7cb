using System.Numerics.Tensors;

namespace ChatBot.Core.VectorStore;

/// <summary>Similarity of embedding vectors.</summary>
public static class VectorSimilarity
{
    /// <summary>Cosine similarity in [-1, 1]; 0 when either vector is all zeros.</summary>
    public static double Cosine(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("Vectors must have the same length.");
        }

        var dot = TensorPrimitives.Dot(x, y);
        var norms = TensorPrimitives.Norm(x) * TensorPrimitives.Norm(y);
        return norms == 0 ? 0 : dot / norms;
    }
}
