using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Replay;

namespace ChatBot.Core.Tests.Answering.Replay;

/// <summary>
/// Replays every labelled set once, in process: the scripted model behind Semantic Kernel's chat service, the real
/// Answer and CondenseQuestion prompts, <see cref="GenerativeAnswerService"/>, the citation check with the corpus's
/// aliases, over the real corpus (the shipped stack, see <see cref="RealCorpusAnsweringFixture"/>).
/// </summary>
public sealed class InProcessReplayFixture : IAsyncLifetime
{
    private readonly RealCorpusAnsweringFixture corpus = new();

    /// <summary>Each set's report, by file name; dev.jsonl is absent when the shared folder is not beside this clone.</summary>
    public Dictionary<string, ReplayReport> Reports { get; } = [];

    public async Task InitializeAsync()
    {
        // The shipped registration: the citation check reads the corpus's aliases, the offline fallback is the fitted selector.
        var suite = corpus.Get<ReplaySuite>();
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
