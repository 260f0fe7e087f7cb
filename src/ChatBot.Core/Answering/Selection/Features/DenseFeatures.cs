using System.Numerics.Tensors;

namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>Cosine similarity of the question's embedding and the candidate's sentences (best and mean of a pair).</summary>
public sealed class DenseFeatures : IFeatureExtractor
{
    public IReadOnlyList<string> Names { get; } = ["cosine", "cosine_mean"];

    public void Extract(FeatureContext context, Span<float> output)
    {
        float best = float.MinValue, sum = 0;
        foreach (var i in context.Candidate.Sentences)
        {
            var cosine = Cosine(context.Question.Vector, context.Table.Vectors[i]);
            best = Math.Max(best, cosine);
            sum += cosine;
        }

        output[0] = best;
        output[1] = sum / context.Candidate.Sentences.Count;
    }

    /// <summary>Cosine of two embeddings (0 when either is empty or their sizes differ).</summary>
    public static float Cosine(ReadOnlyMemory<float> a, ReadOnlyMemory<float> b) =>
        a.Length == 0 || a.Length != b.Length ? 0 : TensorPrimitives.CosineSimilarity(a.Span, b.Span);
}
