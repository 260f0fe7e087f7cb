namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>
/// How much of the question the candidate's words cover: IDF-weighted and plain coverage, the rarest question term it
/// misses, its own BM25 score over the corpus's sentence statistics, the follow-up context's coverage, and how much it
/// says beyond the question.
/// </summary>
public sealed class LexicalFeatures : IFeatureExtractor
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public IReadOnlyList<string> Names { get; } = ["coverage", "coverage_plain", "missing_rarest", "bm25", "context_coverage", "novelty", "log_length", "focus_coverage", "name_coverage", "other_coverage"];

    public void Extract(FeatureContext context, Span<float> output)
    {
        var question = context.Question;
        var terms = context.Terms;
        output[0] = TermCoverage.Of(question.Terms, terms);
        output[1] = question.Terms.Count == 0 ? 0 : (float)question.Terms.Keys.Count(terms.Contains) / question.Terms.Count;
        var maxWeight = question.Terms.Count == 0 ? 0 : question.Terms.Values.Max();
        var missing = question.Terms.Where(kv => !terms.Contains(kv.Key)).Select(kv => kv.Value).DefaultIfEmpty(0).Max();
        output[2] = maxWeight <= 0 ? 0 : (float)(missing / maxWeight);
        output[3] = (float)Bm25(context);
        output[4] = TermCoverage.Of(question.ContextTerms, terms);
        output[5] = terms.Count == 0 ? 0 : (float)terms.Count(t => !question.Terms.ContainsKey(t) && !question.ContextTerms.ContainsKey(t)) / terms.Count;
        output[6] = (float)Math.Log(1 + terms.Count);
        output[7] = question.Focus.Count == 0 ? 0 : (float)question.Focus.Count(terms.Contains) / question.Focus.Count;
        var names = question.Terms.Where(kv => IsNameTerm(question, kv.Key)).ToDictionary(StringComparer.Ordinal);
        var others = question.Terms.Where(kv => !IsNameTerm(question, kv.Key)).ToDictionary(StringComparer.Ordinal);
        output[8] = TermCoverage.Of(names, terms);
        output[9] = TermCoverage.Of(others, terms);
    }

    // A term of one of the question's name words ("trotski" of "Trotsky's").
    private static bool IsNameTerm(QuestionProfile question, string term) => question.NameTerms.Contains(term);

    private static double Bm25(FeatureContext context)
    {
        var length = context.Candidate.Sentences.Sum(i => context.Table.Sentences[i].Terms.Count);
        var norm = K1 * (1 - B + (B * length / context.Table.AverageLength));
        double score = 0;
        foreach (var (term, idf) in context.Question.Terms)
        {
            var tf = context.Candidate.Sentences.Sum(i => context.Table.Sentences[i].Terms.Count(t => t == term));
            if (tf > 0)
            {
                score += idf * (tf * (K1 + 1)) / (tf + norm);
            }
        }

        return score;
    }
}
