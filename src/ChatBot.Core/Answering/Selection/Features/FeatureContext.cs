namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>What a feature extractor reads: the question, the corpus statistics, all candidates of the question, and the one being described.</summary>
public sealed record FeatureContext(QuestionProfile Question, SentenceTable Table, IReadOnlyList<SentenceCandidate> Candidates, SentenceCandidate Candidate)
{
    /// <summary>The union of the candidate's sentences' terms.</summary>
    public IReadOnlySet<string> Terms { get; } = Candidate.Sentences.Count == 1
        ? Table.Sentences[Candidate.Sentences[0]].TermSet
        : Candidate.Sentences.SelectMany(i => Table.Sentences[i].TermSet).ToHashSet(StringComparer.Ordinal);
}
