namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>
/// Turns a question's candidates into feature vectors: each extractor's features, then, for a few of them, the gap to
/// the best candidate of the same question and the candidate's rank among them (what matters is often not how well a
/// sentence matches but whether another matches better).
/// </summary>
public sealed class CandidateFeaturizer
{
    private static readonly string[] Compared = ["coverage", "bm25", "cosine", "passage_coverage"];

    private readonly IReadOnlyList<IFeatureExtractor> extractors;
    private readonly int rawCount;
    private readonly int[] comparedColumns;

    public CandidateFeaturizer()
        : this([new LexicalFeatures(), new DenseFeatures(), new NeighbourFeatures(), new RetrievalFeatures(), new TitleFeatures(), new AnswerTypeFeatures(), new EntityFeatures(), new SlotFeatures(), new ShapeFeatures()])
    {
    }

    public CandidateFeaturizer(IReadOnlyList<IFeatureExtractor> extractors)
    {
        this.extractors = extractors;
        var raw = extractors.SelectMany(e => e.Names).ToList();
        rawCount = raw.Count;
        comparedColumns = [.. Compared.Select(name => raw.IndexOf(name)).Where(i => i >= 0)];
        Names = [.. raw, .. comparedColumns.Select(i => $"{raw[i]}_gap"), .. comparedColumns.Select(i => $"{raw[i]}_rank")];
    }

    /// <summary>The feature names, in vector order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>One vector per candidate, in the candidates' order.</summary>
    public float[][] Featurize(QuestionProfile question, SentenceTable table, IReadOnlyList<SentenceCandidate> candidates)
    {
        var vectors = new float[candidates.Count][];
        for (var c = 0; c < candidates.Count; c++)
        {
            var vector = new float[Names.Count];
            var context = new FeatureContext(question, table, candidates, candidates[c]);
            var offset = 0;
            foreach (var extractor in extractors)
            {
                extractor.Extract(context, vector.AsSpan(offset, extractor.Names.Count));
                offset += extractor.Names.Count;
            }

            vectors[c] = vector;
        }

        for (var k = 0; k < comparedColumns.Length; k++)
        {
            var column = comparedColumns[k];
            var best = vectors.Length == 0 ? 0 : vectors.Max(v => v[column]);
            var order = Enumerable.Range(0, vectors.Length).OrderByDescending(i => vectors[i][column]).ToArray();
            for (var r = 0; r < order.Length; r++)
            {
                vectors[order[r]][rawCount + k] = vectors[order[r]][column] - best;
                vectors[order[r]][rawCount + comparedColumns.Length + k] = 1f / (1 + r);
            }
        }

        return vectors;
    }
}
