using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatBot.Core.Tests.Answering;

/// <summary>A chat model that answers with a function of the conversation it is sent, and remembers every request.</summary>
internal sealed class FakeChatCompletionService(Func<ChatHistory, CancellationToken, Task<string>> reply) : IChatCompletionService
{
    public FakeChatCompletionService(Func<ChatHistory, string> reply)
        : this((history, _) => Task.FromResult(reply(history)))
    {
    }

    public List<ChatHistory> Requests { get; } = [];

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

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

    public IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The answer service does not stream.");
}
