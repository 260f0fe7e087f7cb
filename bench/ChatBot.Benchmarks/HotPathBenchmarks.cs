using BenchmarkDotNet.Attributes;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;

namespace ChatBot.Benchmarks;

/// <summary>
/// The per-question hot paths one at a time, over the seed corpus and the dev questions: query embedding, BM25,
/// exact vector search, rank fusion, citation verification, and the whole offline answer. Each invocation takes the
/// next question, so the figures are a mean over the question set, not one lucky query.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
[MedianColumn]
public class HotPathBenchmarks
{
    private const int Pool = 50;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "chatbot-bench", "warm");
    private ServiceProvider? services;
    private IEmbeddingGenerator<string, Embedding<float>> embeddings = null!;
    private VectorStoreCollection<string, PassageRecord> collection = null!;
    private IAnswerService answers = null!;
    private CitationVerifier verifier = null!;
    private Bm25Index bm25 = null!;
    private IReadOnlyList<string> questions = [];
    private ReadOnlyMemory<float>[] questionVectors = [];
    private (IReadOnlyList<string> Keyword, IReadOnlyList<string> Vector)[] rankings = [];
    private (string Text, Passage[] Sources)[] answered = [];
    private SelectorInputBuilder inputs = null!;
    private AnswerSelector selector = null!;
    private int maxSentences;
    private SelectorInput[] built = [];
    private int next;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        services = await AnsweringBenchmarkHost.CreateAsync(folder);
        var corpus = await services.GetRequiredService<ICorpusIndex>().GetAsync();
        embeddings = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        collection = corpus.Collection ?? throw new InvalidOperationException("The index has no vector collection.");
        answers = services.GetRequiredService<IAnswerService>();
        verifier = services.GetRequiredService<CitationVerifier>();
        var retrieval = services.GetRequiredService<IOptions<RetrievalOptions>>().Value;

        // The same documents and parameters the hybrid retriever indexes.
        bm25 = new Bm25Index(corpus.Passages.Select(p => $"{p.DisplayPath}\n{p.Text}").ToList(), retrieval.Bm25K1, retrieval.Bm25B);
        questions = BenchmarkHost.Queries();
        questionVectors = new ReadOnlyMemory<float>[questions.Count];
        rankings = new (IReadOnlyList<string>, IReadOnlyList<string>)[questions.Count];
        var cited = new List<(string, Passage[])>();
        for (var i = 0; i < questions.Count; i++)
        {
            questionVectors[i] = (await embeddings.GenerateAsync(questions[i])).Vector;
            var keyword = bm25.Search(questions[i], Pool).Select(h => corpus.Passages[h.Doc].Id).ToList();
            var vector = new List<string>();
            await foreach (var hit in collection.SearchAsync(questionVectors[i], Pool))
            {
                vector.Add(hit.Record.Key);
            }

            rankings[i] = (keyword, vector);
            var answer = await answers.AskAsync(questions[i], []);
            if (answer.Answered)
            {
                cited.Add((answer.Text, answer.Citations.Select(c => corpus.FindPassage(c.PassageId)!).ToArray()));
            }
        }

        answered = [.. cited];
        inputs = services.GetRequiredService<SelectorInputBuilder>();
        selector = services.GetRequiredService<AnswerSelector>();
        maxSentences = services.GetRequiredService<IOptions<AnsweringOptions>>().Value.MaxAnswerSentences;
        built = new SelectorInput[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            built[i] = await inputs.BuildAsync(questions[i], [], CancellationToken.None);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => services?.Dispose();

    /// <summary>MiniLM embedding of one question (tokenise + ONNX inference).</summary>
    [Benchmark]
    public async Task<int> QueryEmbedding()
        => (await embeddings.GenerateAsync(questions[next++ % questions.Count])).Vector.Length;

    /// <summary>BM25 over every passage: query analysis (with typo correction) and scoring, top 50.</summary>
    [Benchmark]
    public int Bm25Scoring() => bm25.Search(questions[next++ % questions.Count], Pool).Count;

    /// <summary>Exact cosine search of the in-memory collection with a precomputed query vector, top 50.</summary>
    [Benchmark]
    public async Task<int> VectorSearch()
    {
        var count = 0;
        await foreach (var _ in collection.SearchAsync(questionVectors[next++ % questionVectors.Length], Pool))
        {
            count++;
        }

        return count;
    }

    /// <summary>Reciprocal rank fusion of the two precomputed top-50 lists.</summary>
    [Benchmark]
    public int RrfFusion()
    {
        var (keyword, vector) = rankings[next++ % rankings.Length];
        return ReciprocalRankFusion.Fuse<string>([(keyword, 1.0), (vector, 1.0)], 20).Count;
    }

    /// <summary>Verifying the citations of an offline answer against its passages (lexical support, the default).</summary>
    [Benchmark]
    public async Task<int> CitationVerification()
    {
        var (text, sources) = answered[next++ % answered.Length];
        return (await verifier.VerifyAsync(text, sources)).Citations.Count;
    }

    /// <summary>One question through the offline answerer: hybrid retrieval, sentence scoring, composing, verification.</summary>
    [Benchmark]
    public async Task<bool> OfflineAnswer()
        => (await answers.AskAsync(questions[next++ % questions.Count], [])).Answered;

    /// <summary>The selector's input for one question: hybrid retrieval (with its query embedding), the sentence table, the question profile and every candidate's features.</summary>
    [Benchmark]
    public async Task<int> SelectorInput()
        => (await inputs.BuildAsync(questions[next++ % questions.Count], [], CancellationToken.None)).Candidates.Count;

    /// <summary>The fitted selector's decision over an already built input: candidate scores, decline probability, choice.</summary>
    [Benchmark]
    public int SelectorDecision()
        => OfflineAnswerService.Decide(built[next++ % built.Length], selector, maxSentences).Chosen.Count;
}
