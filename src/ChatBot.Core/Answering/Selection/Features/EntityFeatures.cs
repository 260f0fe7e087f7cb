namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>The names the question gives that the candidate also names, and the question's words the corpus lacks altogether.</summary>
public sealed class EntityFeatures : IFeatureExtractor
{
    public IReadOnlyList<string> Names { get; } = ["question_names", "names_shared", "names_missing", "question_unknown_words", "question_unknown_names", "focus_unknown"];

    public void Extract(FeatureContext context, Span<float> output)
    {
        var question = context.Question;
        var shared = 0;
        foreach (var name in question.Names)
        {
            if (context.Candidate.Sentences.Any(i => context.Table.Sentences[i].Names.Contains(name) || context.Table.Sentences[i].Text.Contains(name, StringComparison.OrdinalIgnoreCase)))
            {
                shared++;
            }
        }

        output[0] = Math.Min(question.Names.Count, 4) / 4f;
        output[1] = question.Names.Count == 0 ? 0 : (float)shared / question.Names.Count;
        output[2] = Math.Min(question.Names.Count - shared, 4) / 4f;
        output[3] = Math.Min(question.UnknownWords.Count, 4) / 4f;
        output[4] = Math.Min(question.UnknownNames.Count, 4) / 4f;
        output[5] = question.Focus.Count == 0 ? 0 : (float)question.UnknownFocus / question.Focus.Count;
    }
}
