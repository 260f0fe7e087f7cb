using ChatBot.Core.Text;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering.Selection;

/// <summary>
/// Every sentence of the indexed corpus, analysed once, with its embedding and the corpus statistics the selector's
/// features read: sentence frequencies of terms (for IDF and BM25), the corpus vocabulary and its names.
/// </summary>
public sealed class SentenceTable
{
    private readonly Dictionary<string, int[]> byPassage;
    private readonly Dictionary<string, int> documentFrequency;
    private readonly HashSet<string> vocabulary;

    private SentenceTable(IReadOnlyList<CorpusSentence> sentences, Dictionary<string, int[]> byPassage, IReadOnlyList<ReadOnlyMemory<float>> vectors, NameLexicon names, HashSet<string> vocabulary)
    {
        Sentences = sentences;
        this.byPassage = byPassage;
        Vectors = vectors;
        Names = names;
        this.vocabulary = vocabulary;
        documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var term in sentence.TermSet)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        AverageLength = sentences.Count == 0 ? 1 : Math.Max(1, sentences.Average(s => s.Terms.Count));
    }

    /// <summary>All sentences, passage by passage, in corpus order.</summary>
    public IReadOnlyList<CorpusSentence> Sentences { get; }

    /// <summary>The sentence embeddings, aligned with <see cref="Sentences"/>.</summary>
    public IReadOnlyList<ReadOnlyMemory<float>> Vectors { get; }

    /// <summary>The words the corpus writes as names.</summary>
    public NameLexicon Names { get; }

    /// <summary>Average number of terms in a sentence (BM25 length normalisation).</summary>
    public double AverageLength { get; }

    /// <summary>
    /// Analyses the sentences of <paramref name="passages"/>; <paramref name="vectors"/> are the embeddings of
    /// <see cref="PassageSentences.Of(IReadOnlyList{Passage})"/> (none: the dense features are 0, as for an index without vectors).
    /// </summary>
    public static SentenceTable Build(IReadOnlyList<Passage> passages, IReadOnlyList<ReadOnlyMemory<float>> vectors)
    {
        var texts = passages.Select(p => (Passage: p, Sentences: PassageSentences.Of(p))).ToList();
        var names = NameLexicon.Build(texts.SelectMany(t => t.Sentences));
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            vocabulary.UnionWith(TextAnalyzer.Tokens(passage.Text));
            vocabulary.UnionWith(TextAnalyzer.Tokens(passage.DisplayPath));
        }

        var sentences = new List<CorpusSentence>();
        var byPassage = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (passage, passageSentences) in texts)
        {
            var indices = new int[passageSentences.Count];
            for (var i = 0; i < passageSentences.Count; i++)
            {
                indices[i] = sentences.Count;
                sentences.Add(Analyse(passage.Id, i, passageSentences[i], names));
            }

            byPassage[passage.Id] = indices;
        }

        if (vectors.Count != sentences.Count)
        {
            if (vectors.Count > 0)
            {
                throw new ArgumentException($"{vectors.Count} sentence vectors for {sentences.Count} sentences.", nameof(vectors));
            }

            vectors = [.. Enumerable.Repeat(ReadOnlyMemory<float>.Empty, sentences.Count)];
        }

        return new SentenceTable(sentences, byPassage, vectors, names, vocabulary);
    }

    /// <summary>Analyses one sentence (also used for text that is not in the corpus, such as a model's claim).</summary>
    public static CorpusSentence Analyse(string passageId, int position, string text, NameLexicon names)
    {
        var terms = TextAnalyzer.Terms(text);
        var words = TextAnalyzer.Tokens(text).Select(w => (w, TextAnalyzer.Terms(w) is [var term] ? term : null)).ToList();
        return new CorpusSentence(passageId, position, text, terms, terms.ToHashSet(StringComparer.Ordinal), words, SentenceFactReader.Read(text, names.IsName));
    }

    /// <summary>Indices into <see cref="Sentences"/> of the sentences of a passage, in order; empty for an unknown id.</summary>
    public IReadOnlyList<int> SentencesOfPassage(string passageId) => byPassage.TryGetValue(passageId, out var indices) ? indices : [];

    /// <summary>Number of sentences that hold the term.</summary>
    public int Frequency(string term) => documentFrequency.GetValueOrDefault(term);

    /// <summary>Inverse sentence frequency of a term (BM25 style, never negative; an unseen term gets the highest).</summary>
    public double Idf(string term)
    {
        var df = Frequency(term);
        return Math.Log(1 + ((Sentences.Count - df + 0.5) / (df + 0.5)));
    }

    /// <summary>Whether the folded word occurs anywhere in the corpus (text or headings).</summary>
    public bool InVocabulary(string foldedWord) => vocabulary.Contains(foldedWord);

    /// <summary>The corpus words, for spelling correction.</summary>
    public IReadOnlyCollection<string> Vocabulary => vocabulary;
}
