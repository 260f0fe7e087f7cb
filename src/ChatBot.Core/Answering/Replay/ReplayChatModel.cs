using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Answering.Replay;

/// <summary>
/// The scripted model of the replay: told which item and kind of reply come next, it answers the Answer prompt from the
/// passages the prompt shows (as a model reads them) and the CondenseQuestion prompt with the item's standalone question.
/// It sits behind <see cref="ScriptedChatCompletionService"/> in process, or behind a local OpenAI-compatible server.
/// </summary>
public sealed class ReplayChatModel(ReplayScript script)
{
    private readonly Lock gate = new();
    private EvalItem? item;
    private ReplayKind kind;

    /// <summary>The reply to the last Answer prompt since <see cref="Begin"/>, or null when none was asked.</summary>
    public ScriptedReply? LastReply { get; private set; }

    /// <summary>The standalone question given for the last CondenseQuestion prompt since <see cref="Begin"/>.</summary>
    public string? LastStandalone { get; private set; }

    /// <summary>The script the replies come from.</summary>
    public ReplayScript Script => script;

    /// <summary>The next prompts belong to <paramref name="next"/>, to be answered with a reply of <paramref name="replyKind"/>.</summary>
    public void Begin(EvalItem next, ReplayKind replyKind)
    {
        lock (gate)
        {
            item = next;
            kind = replyKind;
            LastReply = null;
            LastStandalone = null;
        }
    }

    /// <summary>The reply to a prompt whose last user message is <paramref name="user"/>.</summary>
    public string Reply(string user)
    {
        lock (gate)
        {
            var current = item ?? throw new InvalidOperationException("The replay model was asked before Begin: no item to answer.");
            var sources = PromptSource.Parse(user);
            if (sources.Count == 0 && !user.TrimStart().StartsWith("Passages:", StringComparison.Ordinal))
            {
                LastStandalone = script.Standalone(current);
                return LastStandalone;
            }

            LastReply = script.Reply(current, kind, sources);
            return LastReply.Text;
        }
    }
}
