using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Answering.Selection.Features;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Tests.Answering.Selection;

/// <summary>Small hand-made sentence tables and questions for the feature extractors.</summary>
internal static class SelectionFixtures
{
    public static readonly Passage Birth = TestPassages.Make("p-birth", "childhood", "Childhood",
        "Leon Trotsky was born in Yanovka on 7 November 1879. His father was a prosperous farmer. He went to school in Odessa.");

    public static readonly Passage Union = TestPassages.Make("p-union", "union", "Revolutionary activity",
        "In January 1898, over 200 members of the union were arrested. Trotsky was taken to a hospital in the city.");

    public static readonly Passage Exile = TestPassages.Make("p-exile", "exile", "Exile",
        "In 1933 Trotsky was offered asylum in France. He stayed first at Royan, then at Barbizon.");

    /// <summary>A table over <paramref name="passages"/> whose sentence vectors are all <paramref name="vector"/> (default: none).</summary>
    public static SentenceTable Table(IReadOnlyList<Passage> passages, float[]? vector = null)
    {
        var count = PassageSentences.Of(passages).Count;
        IReadOnlyList<ReadOnlyMemory<float>> vectors = vector is null ? [] : [.. Enumerable.Repeat(new ReadOnlyMemory<float>(vector), count)];
        return SentenceTable.Build(passages, vectors);
    }

    public static QuestionProfile Question(string question, SentenceTable table, string? context = null, float[]? vector = null) =>
        QuestionProfile.Create(question, context, table, new SpellingCorrector(table.Vocabulary, table.Frequency), vector ?? ReadOnlyMemory<float>.Empty);

    /// <summary>The candidates of the passages, as if retrieved in this order.</summary>
    public static IReadOnlyList<SentenceCandidate> Candidates(SentenceTable table, params Passage[] passages) =>
        CandidateGenerator.For([.. passages.Select((p, i) => new RetrievedPassage(p, 1.0 / (i + 1)))], table);

    /// <summary>The named features of <paramref name="extractor"/> for the candidate whose text is <paramref name="text"/>.</summary>
    public static IReadOnlyDictionary<string, float> Features(IFeatureExtractor extractor, QuestionProfile question, SentenceTable table, IReadOnlyList<SentenceCandidate> candidates, string text)
    {
        var candidate = candidates.Single(c => c.Text == text);
        var values = new float[extractor.Names.Count];
        extractor.Extract(new FeatureContext(question, table, candidates, candidate), values);
        return extractor.Names.Select((n, i) => (n, values[i])).ToDictionary(x => x.n, x => x.Item2);
    }
}
