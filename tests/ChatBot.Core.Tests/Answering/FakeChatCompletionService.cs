using System.Runtime.CompilerServices;
using ChatBot.Core.Answering.Replay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatBot.Core.Tests.Answering;

/// <summary>
/// A chat model that answers with a function of the conversation it is sent, and remembers every request. Streamed,
/// the reply comes in the pieces <see cref="Pieces"/> cuts (a word at a time by default); <see cref="FailAfter"/> makes
/// the stream break after that many pieces.
/// </summary>
internal sealed class FakeChatCompletionService(Func<ChatHistory, CancellationToken, Task<string>> reply) : IChatCompletionService
{
    private int sent;

    public FakeChatCompletionService(Func<ChatHistory, string> reply)
        : this((history, _) => Task.FromResult(reply(history)))
    {
    }

    public List<ChatHistory> Requests { get; } = [];

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    /// <summary>How a streamed reply is cut.</summary>
    public Func<string, IReadOnlyList<string>> Pieces { get; init; } = ScriptedChatCompletionService.Tokens;

    /// <summary>When set, the stream throws after this many pieces, as a connection that breaks part-way.</summary>
    public int? FailAfter { get; init; }

    /// <summary>The pieces of the current streamed reply sent so far.</summary>
    public int PiecesSent => Volatile.Read(ref sent);

    public Kernel Kernel()
    {
        var builder = Microsoft.SemanticKernel.Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatCompletionService>(this);
        return builder.Build();
    }

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        Requests.Add(chatHistory);
        return [new ChatMessageContent(AuthorRole.Assistant, await reply(chatHistory, cancellationToken))];
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Requests.Add(chatHistory);
        Volatile.Write(ref sent, 0);
        foreach (var piece in Pieces(await reply(chatHistory, cancellationToken)))
        {
            if (FailAfter is { } limit && sent >= limit)
            {
                throw new HttpOperationException("The connection was closed part-way through the reply.");
            }

            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref sent);
            yield return new StreamingChatMessageContent(AuthorRole.Assistant, piece);
        }
    }
}
