using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Replay;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Tests.Answering.Replay;

/// <summary>
/// Replays every labelled set once, in process: the scripted model behind Semantic Kernel's chat service, the real
/// Answer and CondenseQuestion prompts, <see cref="GenerativeAnswerService"/>, the citation check with the corpus's
/// aliases, over the real corpus (keyword half of the hybrid retriever, see <see cref="RealCorpusAnsweringFixture"/>).
/// </summary>
public sealed class InProcessReplayFixture : IAsyncLifetime
{
    private readonly RealCorpusAnsweringFixture corpus = new();

    /// <summary>Each set's report, by file name; dev.jsonl is absent when the shared folder is not beside this clone.</summary>
    public Dictionary<string, ReplayReport> Reports { get; } = [];

    public async Task InitializeAsync()
    {
        var answering = Options.Create(new AnsweringOptions());
        var verifier = new CitationVerifier(answering, new CitationFactory(answering), corpus: corpus.Index);
        var suite = new ReplaySuite(corpus.Retriever, corpus.Index, verifier, new FilePromptProvider(answering), answering, Options.Create(new AiOptions { TimeoutSeconds = 30 }));
        var standalone = ReplaySets.Standalone();
        foreach (var name in ReplaySets.Names)
        {
            if (ReplaySets.Read(name) is { } items)
            {
                Reports[name] = await suite.RunAsync(name, items, standalone);
            }
        }
    }

    public Task DisposeAsync()
    {
        corpus.Dispose();
        return Task.CompletedTask;
    }
}
