namespace ChatBot.Core.Answering.Selection;

/// <summary>
/// The decline classifier's view of a question: how likely the best candidates are to answer it, how far the best
/// stands above the next, and a few of the best candidate's own features (few, because there are only a few hundred
/// labelled questions to fit them on).
/// </summary>
public static class DeclineFeatures
{
    private static readonly string[] Head = ["best_score", "score_margin", "best_share"];

    /// <summary>The candidate features the classifier also reads, of the best candidate.</summary>
    private static readonly string[] FromBest =
    [
        "coverage", "missing_rarest", "cosine", "names_shared", "names_missing", "question_unknown_words",
        "question_unknown_names", "type_match", "title_coverage", "passage_score", "is_follow_up", "focus_coverage", "other_coverage", "type_missing", "typed_near_focus", "focus_unknown",
        "asks_person", "asks_date", "asks_place", "asks_number", "asks_reason", "asks_meaning", "asks_quote", "asks_name",
        "head_indefinite", "head_bare", "head_filled",
    ];

    /// <summary>Candidate features whose best value over all candidates the classifier reads: whether anything retrieved holds what is asked.</summary>
    private static readonly string[] BestOfAll = ["focus_coverage", "other_coverage", "coverage", "cosine", "type_match", "typed_near_focus", "head_filled"];

    /// <summary>The feature names for candidate features named <paramref name="candidateNames"/>.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<string> candidateNames) =>
        [.. Head, .. FromBest.Where(candidateNames.Contains).Select(n => $"best_{n}"), .. BestOfAll.Where(candidateNames.Contains).Select(n => $"max_{n}")];

    /// <summary>The decline features of a question whose candidates (named <paramref name="candidateNames"/>) have <paramref name="features"/> and the candidate model's <paramref name="scores"/>.</summary>
    public static float[] For(float[][] features, IReadOnlyList<float> scores, IReadOnlyList<string> candidateNames)
    {
        var columns = FromBest.Select(n => IndexOf(candidateNames, n)).Where(i => i >= 0).ToArray();
        var maxima = BestOfAll.Select(n => IndexOf(candidateNames, n)).Where(i => i >= 0).ToArray();
        var vector = new float[Head.Length + columns.Length + maxima.Length];
        if (features.Length == 0)
        {
            return vector;
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var best = scores[order[0]];
        vector[0] = best;
        vector[1] = order.Length > 1 ? best - scores[order[1]] : 0;
        vector[2] = AnswerSelector.Softmax([.. scores])[order[0]];
        for (var k = 0; k < columns.Length; k++)
        {
            vector[Head.Length + k] = features[order[0]][columns[k]];
        }

        for (var k = 0; k < maxima.Length; k++)
        {
            vector[Head.Length + columns.Length + k] = features.Max(f => f[maxima[k]]);
        }

        return vector;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
