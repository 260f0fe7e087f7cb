using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Selection.Training;

/// <summary>
/// Which candidates answer a labelled question: a sentence that holds the item's evidence (or lies inside a longer
/// evidence), or a pair of sentences that holds an evidence neither holds alone.
/// </summary>
public static partial class EvidenceLabels
{
    // A sentence this short inside the evidence ("He agreed.") is not by itself the answer.
    private const int MinInsideLength = 30;

    public static bool[] For(SelectorInput input, string? evidence)
    {
        var labels = new bool[input.Candidates.Count];
        var wanted = Normalise(evidence ?? string.Empty);
        if (wanted.Length == 0)
        {
            return labels;
        }

        for (var c = 0; c < labels.Length; c++)
        {
            var candidate = input.Candidates[c];
            if (candidate.IsPair)
            {
                labels[c] = Normalise(candidate.Text).Contains(wanted, StringComparison.Ordinal)
                    && !candidate.Sentences.Any(i => Holds(input.Table.Sentences[i].Text, wanted));
            }
            else
            {
                labels[c] = Holds(candidate.Text, wanted);
            }
        }

        return labels;
    }

    private static bool Holds(string sentence, string evidence)
    {
        var text = Normalise(sentence);
        return text.Contains(evidence, StringComparison.Ordinal) || (text.Length >= MinInsideLength && evidence.Contains(text, StringComparison.Ordinal));
    }

    // As AnswerEvaluator compares: white space runs become one space, no space before closing punctuation.
    internal static string Normalise(string text) => SpaceBeforePunctuation().Replace(Whitespace().Replace(text, " "), string.Empty).Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" (?=[,.;:!?)\]])")]
    private static partial Regex SpaceBeforePunctuation();
}
