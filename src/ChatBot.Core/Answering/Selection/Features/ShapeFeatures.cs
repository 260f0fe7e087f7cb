using ChatBot.Core.Corpus;

namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>The candidate's form: a pair or one sentence, where it stands in its passage, what kind of section it is from, whether it leans on the sentence before it, and whether the question is a follow-up.</summary>
public sealed class ShapeFeatures : IFeatureExtractor
{
    private static readonly HashSet<string> PointingBack = new(StringComparer.Ordinal)
    {
        "He", "She", "It", "They", "This", "These", "Those", "His", "Her", "Their", "Its", "There", "The latter", "Both",
    };

    public IReadOnlyList<string> Names { get; } = ["is_pair", "position", "is_first", "from_glossary", "from_quotations", "points_back", "log_chars", "is_follow_up"];

    public void Extract(FeatureContext context, Span<float> output)
    {
        var candidate = context.Candidate;
        var position = candidate.Position(context.Table);
        var firstWord = candidate.Text.Split(' ', 2)[0];
        output[0] = candidate.IsPair ? 1 : 0;
        output[1] = Math.Min(position, 8) / 8f;
        output[2] = position == 0 ? 1 : 0;
        output[3] = candidate.Retrieved.Passage.Kind == SectionKind.Glossary ? 1 : 0;
        output[4] = candidate.Retrieved.Passage.Kind == SectionKind.Quotations ? 1 : 0;
        output[5] = PointingBack.Contains(firstWord) ? 1 : 0;
        output[6] = (float)Math.Log(1 + candidate.Text.Length);
        output[7] = context.Question.Context is null ? 0 : 1;
    }
}
