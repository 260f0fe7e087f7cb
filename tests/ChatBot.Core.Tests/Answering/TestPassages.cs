using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Configuration;
using ChatBot.Core.Tests.Retrieval;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Tests.Answering;

/// <summary>Small hand-made passages and the answering parts built over them.</summary>
internal static class TestPassages
{
    public static readonly Passage Birth = Make("p-birth", "childhood", "Childhood", "Trotsky was born in Yanovka in 1879. His father was a prosperous farmer.");
    public static readonly Passage Escape = Make("p-escape", "exile", "Exile", "In 1902 he escaped from Siberia. He went to London to join Lenin and the Iskra editors.");
    public static readonly Passage Army = Make("p-army", "red-army", "Red Army", "The Red Army grew from 300,000 men in May 1918 to 3,000,000 by 1919.");

    public static IReadOnlyList<Passage> Three => [Birth, Escape, Army];

    public static Passage Make(string id, string sectionId, string title, string text, int start = 0) =>
        new(id, $"leon-trotsky/{sectionId}", ["Encyclopedia", title], SectionKind.Article, text, "leon-trotsky.txt", start, start + text.Length);

    public static IOptions<AnsweringOptions> Options(Action<AnsweringOptions>? configure = null)
    {
        var options = new AnsweringOptions();
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    public static CitationVerifier Verifier(IOptions<AnsweringOptions>? options = null)
    {
        options ??= Options();
        return new CitationVerifier(options, new CitationFactory(options));
    }

    /// <summary>
    /// The offline answerer over the fake retriever's passages (their index: those passages, sentence vectors from the
    /// hashing embedder) with the repository's fitted selector.
    /// </summary>
    public static OfflineAnswerService Offline(FakePassageRetriever retriever, IOptions<AnsweringOptions>? options = null)
    {
        options ??= Options();
        var embeddings = new HashingEmbeddingGenerator(64);
        var index = FixedCorpusIndex.Of(retriever.Passages, embeddings);
        var inputs = new SelectorInputBuilder(retriever, new SentenceTableProvider(index), embeddings, options);
        return new OfflineAnswerService(inputs, Selector(inputs), new AnswerComposer(Verifier(options), options, NullLogger<AnswerComposer>.Instance), options);
    }

    /// <summary>The repository's fitted selector (models/answer-selector.zip), loaded once.</summary>
    public static AnswerSelector Selector(SelectorInputBuilder inputs) => LoadedSelector ??= AnswerSelector.Load(ContentPaths.Resolve(new AnsweringOptions().SelectorModel), inputs.FeatureNames);

    private static AnswerSelector? LoadedSelector;
}
