namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>
/// The sentences around the candidate and its whole passage: a sentence can answer a question whose subject the
/// sentence before it names ("He was attacked…" after "Mercader arrived…").
/// </summary>
public sealed class NeighbourFeatures : IFeatureExtractor
{
    public IReadOnlyList<string> Names { get; } = ["previous_coverage", "next_coverage", "previous_cosine", "next_cosine", "passage_coverage", "passage_best_cosine"];

    public void Extract(FeatureContext context, Span<float> output)
    {
        var table = context.Table;
        var question = context.Question;
        var sentences = table.SentencesOfPassage(context.Candidate.Retrieved.Passage.Id);
        var first = context.Candidate.Position(table);
        var last = first + context.Candidate.Sentences.Count - 1;
        output[0] = first > 0 ? TermCoverage.Of(question.Terms, table.Sentences[sentences[first - 1]].TermSet) : 0;
        output[1] = last + 1 < sentences.Count ? TermCoverage.Of(question.Terms, table.Sentences[sentences[last + 1]].TermSet) : 0;
        output[2] = first > 0 ? DenseFeatures.Cosine(question.Vector, table.Vectors[sentences[first - 1]]) : 0;
        output[3] = last + 1 < sentences.Count ? DenseFeatures.Cosine(question.Vector, table.Vectors[sentences[last + 1]]) : 0;
        var passageTerms = new HashSet<string>(StringComparer.Ordinal);
        var best = 0f;
        foreach (var i in sentences)
        {
            passageTerms.UnionWith(table.Sentences[i].TermSet);
            best = Math.Max(best, DenseFeatures.Cosine(question.Vector, table.Vectors[i]));
        }

        output[4] = TermCoverage.Of(question.Terms, passageTerms);
        output[5] = best;
    }
}
