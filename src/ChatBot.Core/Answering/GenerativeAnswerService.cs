using System.Collections.Concurrent;
using System.Text;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ChatBot.Core.Answering;

/// <summary>
/// Answers with a chat model through Semantic Kernel and the prompts/ templates: condenses a follow-up, retrieves,
/// asks the model to answer from the numbered passages, verifies the citations. When the model fails, is slow or
/// rate-limited past the retries and AI:TimeoutSeconds, the offline answerer replies with a one-line notice.
/// </summary>
public sealed class GenerativeAnswerService(
    Kernel kernel,
    IPromptProvider prompts,
    IPassageRetriever retriever,
    CitationVerifier verifier,
    OfflineAnswerService offline,
    IOptions<AiOptions> aiOptions,
    IOptions<AnsweringOptions> answeringOptions,
    ILogger<GenerativeAnswerService> logger) : IAnswerService
{
    /// <summary>Shown with an offline answer given because the model could not be used.</summary>
    public const string UnavailableNotice = "The language model is unavailable right now; this answer comes from the offline answerer.";

    /// <summary>Shown with an offline answer given because none of the model's claims could be checked against the text.</summary>
    public const string UnverifiedNotice = "The language model's answer could not be checked against the text; this answer comes from the offline answerer.";

    private static readonly SentenceSplitter Sentences = new();

    private readonly ConcurrentDictionary<string, KernelFunction> functions = new(StringComparer.Ordinal);
    private readonly KernelPromptTemplateFactory templates = new();

    public async Task<Answer> AskAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(aiOptions.Value.TimeoutSeconds));
        string standalone;
        try
        {
            standalone = history.Count == 0 ? question : await CondenseAsync(question, history, budget.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return await FallBackAsync(ex, question, history, cancellationToken);
        }

        var query = answeringOptions.Value.SearchParaphrases ? ContentWords.WithParaphrases(standalone, standalone) : standalone;
        var retrieved = await retriever.SearchAsync(query, RetrievalMode.Hybrid, answeringOptions.Value.TopPassages, cancellationToken);
        var passages = retrieved.Select(r => r.Passage).ToList();
        if (passages.Count == 0)
        {
            // Nothing to ground an answer in: no reason to ask the model.
            return offline.Decline(passages);
        }

        string reply;
        try
        {
            reply = await InvokeAsync(PromptNames.Answer, AnswerArguments(standalone, passages), budget.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return await FallBackAsync(ex, question, history, cancellationToken);
        }

        if (DeclineSentence.Is(CitationMarkers.Strip(reply)))
        {
            // The model's decline is the user's answer: never cited, never replaced by a guess.
            return offline.Decline(passages);
        }

        var verified = await verifier.VerifyAsync(reply, passages, cancellationToken);
        if (verified.Citations.Count > 0)
        {
            // A partial decline keeps its verified part; the decline sentence stays in it, uncited.
            return new Answer(verified.Text, true, verified.Citations);
        }

        if (DeclinesPart(reply))
        {
            return offline.Decline(passages);
        }

        logger.LogWarning("No claim of the model's answer was supported by the passages ({Dropped} citations dropped); answering offline", verified.DroppedCitations);
        var fallback = await offline.AskAsync(question, history, cancellationToken);
        return fallback with { Notice = UnverifiedNotice };
    }

    /// <summary>The passages as the Answer prompt shows them: "[n] section path", then the text.</summary>
    public static string RenderSources(IReadOnlyList<Passage> passages)
    {
        var text = new StringBuilder();
        for (var i = 0; i < passages.Count; i++)
        {
            text.Append('[').Append(i + 1).Append("] ").AppendLine(passages[i].DisplayPath)
                .AppendLine(passages[i].Text)
                .AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private async Task<string> CondenseAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken)
    {
        var lines = string.Join("\n", history.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => "- " + h.Trim()));
        var reply = await InvokeAsync(PromptNames.CondenseQuestion, new KernelArguments { ["history"] = lines, ["question"] = question }, cancellationToken);
        var standalone = reply.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()?.Trim('"', '“', '”', ' ');
        return string.IsNullOrWhiteSpace(standalone) ? question : standalone;
    }

    private async Task<string> InvokeAsync(string prompt, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var function = functions.GetOrAdd(prompt, name => KernelFunctionFactory.CreateFromPrompt(prompts.Get(name), templates));
        var result = await kernel.InvokeAsync(function, arguments, cancellationToken);
        return result.GetValue<string>() ?? string.Empty;
    }

    private async Task<Answer> FallBackAsync(Exception error, string question, IReadOnlyList<string> history, CancellationToken cancellationToken)
    {
        // The exception goes to the log only; the user gets an answer and one line saying where it came from.
        logger.LogWarning(error, "The language model failed or timed out; answering offline");
        var answer = await offline.AskAsync(question, history, cancellationToken);
        return answer with { Notice = UnavailableNotice };
    }

    /// <summary>The Answer prompt's variables: the question, the numbered passages, and the decline sentence it must use.</summary>
    public static KernelArguments AnswerArguments(string question, IReadOnlyList<Passage> passages) =>
        new() { ["question"] = question, ["sources"] = RenderSources(passages), ["decline"] = DeclineSentence.Text };

    // A reply that declines part of the question and whose other part is not supported declines as a whole.
    private static bool DeclinesPart(string reply) =>
        Sentences.Split(reply).Any(s => DeclineSentence.Is(CitationMarkers.Strip(s)));
}
