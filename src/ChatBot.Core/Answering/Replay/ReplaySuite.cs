using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.AI;
using ChatBot.Core.Retrieval.Evaluation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Answering.Replay;

/// <summary>
/// `eval --replay`: the model path end to end with the scripted model in process — CondenseQuestion, retrieval, the
/// Answer prompt rendered by Semantic Kernel, <see cref="GenerativeAnswerService"/>, the citation check and its offline
/// fallback — over a labelled question set.
/// </summary>
public sealed class ReplaySuite(
    IPassageRetriever retriever,
    ICorpusIndex index,
    CitationVerifier verifier,
    IPromptProvider prompts,
    IOptions<AnsweringOptions> answering,
    IOptions<AiOptions> ai,
    SentenceTableProvider tables,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    AnswerSelector selector)
{
    /// <summary>Replays <paramref name="items"/> (named <paramref name="set"/>) with the kinds given, all by default.</summary>
    public async Task<ReplayReport> RunAsync(string set, IReadOnlyList<EvalItem> items, IReadOnlyDictionary<string, string>? standalone = null, IReadOnlyList<ReplayKind>? kinds = null, CancellationToken cancellationToken = default)
    {
        var corpus = await index.GetAsync(cancellationToken).ConfigureAwait(false);
        var model = new ReplayChatModel(new ReplayScript(ReplayPeople.From(corpus.Sections), standalone));
        var recording = new ReplayRetriever(retriever);
        // Hundreds of replies are meant to fail the check; their warnings would drown the report.
        var factory = NullLoggerFactory.Instance;
        var offline = new OfflineAnswerService(
            new SelectorInputBuilder(recording, tables, embeddings, answering),
            selector,
            new AnswerComposer(verifier, answering, factory.CreateLogger<AnswerComposer>()),
            answering);
        var chat = new ScriptedChatCompletionService(model.Reply);
        var service = new GenerativeAnswerService(chat.CreateKernel(), prompts, recording, verifier, offline, ai, answering, factory.CreateLogger<GenerativeAnswerService>());
        return await new ReplayEvaluator(service, model, recording, answering.Value).RunAsync(set, items, kinds, cancellationToken).ConfigureAwait(false);
    }
}
