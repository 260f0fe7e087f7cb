using ChatBot.Core.Text;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>How much of the question the candidate's section headings cover ("Assassination" for "how was he killed" does not; "Exile (1929–1940)" for "exile in mexico" does).</summary>
public sealed class TitleFeatures : IFeatureExtractor
{
    public IReadOnlyList<string> Names { get; } = ["title_coverage"];

    public void Extract(FeatureContext context, Span<float> output)
    {
        var title = TextAnalyzer.Terms(context.Candidate.Retrieved.Passage.DisplayPath).ToHashSet(StringComparer.Ordinal);
        output[0] = TermCoverage.Of(context.Question.Terms, title);
    }
}
