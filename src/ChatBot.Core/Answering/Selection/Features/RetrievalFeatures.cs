namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>Where retrieval put the candidate's passage: its rank and its fused score.</summary>
public sealed class RetrievalFeatures : IFeatureExtractor
{
    public IReadOnlyList<string> Names { get; } = ["passage_reciprocal_rank", "passage_score"];

    public void Extract(FeatureContext context, Span<float> output)
    {
        output[0] = 1f / (1 + context.Candidate.Rank);
        output[1] = (float)context.Candidate.Retrieved.Score;
    }
}
