namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>Weighted overlap of a set of terms with the question's.</summary>
internal static class TermCoverage
{
    /// <summary>The IDF-weighted share (0–1) of <paramref name="weights"/>' terms that <paramref name="terms"/> holds.</summary>
    public static float Of(IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> terms)
    {
        double total = 0, found = 0;
        foreach (var (term, weight) in weights)
        {
            total += weight;
            if (terms.Contains(term))
            {
                found += weight;
            }
        }

        return total <= 0 ? 0 : (float)(found / total);
    }
}
