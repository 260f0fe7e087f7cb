using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatBot.Core.Answering.Replay;

/// <summary>
/// A Semantic Kernel chat service whose replies come from a function of the request's last user message (the replay's
/// scripted model). Streaming sends the reply a word at a time, each after <paramref name="tokenDelay"/>, like a model.
/// </summary>
public sealed partial class ScriptedChatCompletionService(Func<string, string> reply, TimeSpan tokenDelay = default) : IChatCompletionService
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    /// <summary>A kernel whose only chat service is this one.</summary>
    public Kernel CreateKernel()
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatCompletionService>(this);
        return builder.Build();
    }

    /// <summary>The reply cut into the pieces a model streams: each word with the white space after it.</summary>
    public static IReadOnlyList<string> Tokens(string text) => [.. Token().Matches(text).Select(m => m.Value)];

    /// <inheritdoc />
    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<ChatMessageContent> result = [new ChatMessageContent(AuthorRole.Assistant, reply(LastUserMessage(chatHistory)))];
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var token in Tokens(reply(LastUserMessage(chatHistory))))
        {
            if (tokenDelay > TimeSpan.Zero)
            {
                await Task.Delay(tokenDelay, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return new StreamingChatMessageContent(AuthorRole.Assistant, token);
        }
    }

    private static string LastUserMessage(ChatHistory history) =>
        history.LastOrDefault(m => m.Role == AuthorRole.User)?.Content ?? string.Empty;

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex Token();
}
