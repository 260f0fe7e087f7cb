using ChatBot.Core.Text;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using ChatBot.Core.Indexing;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ChatBot.Core.Answering;

/// <summary>
/// Answers with a chat model through Semantic Kernel and the prompts/ templates: condenses a follow-up, retrieves,
/// asks the model to answer from the numbered passages, verifies the citations — of the whole reply, or of each
/// sentence as the model streams it (<see cref="StreamAsync"/>). When the model fails, is slow or
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
        using var budget = Budget(cancellationToken);
        var (prepared, early) = await PrepareAsync(question, history, budget.Token, cancellationToken);
        if (early is not null)
        {
            return early;
        }

        string reply;
        try
        {
            reply = await InvokeAsync(PromptNames.Answer, AnswerArguments(prepared.Standalone, prepared.Found), budget.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return await FallBackAsync(ex, question, history, cancellationToken);
        }

        if (IsDecline(reply))
        {
            return offline.Decline(prepared.Found);
        }

        var verified = await verifier.VerifyAsync(reply, prepared.Found, cancellationToken);
        return await ConcludeAsync(reply, verified, prepared.Found, question, history, cancellationToken);
    }

    /// <summary>
    /// The answer as the model writes it: <see cref="AnswerUpdate.Searching"/>, then each sentence once it is complete
    /// and verified (one the check drops is never given; one kept without a source, such as the decline sentence, waits
    /// for the next cited one), then the whole answer — what <see cref="AskAsync"/> gives for the same reply. A model
    /// that fails part-way gives the offline answer, with <see cref="UnavailableNotice"/>, as the final update.
    /// </summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, IReadOnlyList<string> history, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return AnswerUpdate.Searching;
        using var budget = Budget(cancellationToken);
        var (prepared, early) = await PrepareAsync(question, history, budget.Token, cancellationToken);
        if (early is not null)
        {
            yield return AnswerUpdate.Final(early);
            yield break;
        }

        var check = await verifier.BeginAsync(prepared.Found, cancellationToken);
        var sentences = new SentenceStream();
        var held = new List<CheckedSentence>();
        Exception? failure = null;
        var pieces = StreamReplyAsync(AnswerArguments(prepared.Standalone, prepared.Found), budget.Token).GetAsyncEnumerator(budget.Token);
        try
        {
            while (failure is null)
            {
                string piece;
                try
                {
                    if (!await pieces.MoveNextAsync())
                    {
                        break;
                    }

                    piece = pieces.Current;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = ex;
                    break;
                }

                foreach (var sentence in sentences.Append(piece))
                {
                    foreach (var update in await CheckAsync(check, sentence, held, cancellationToken))
                    {
                        yield return update;
                    }
                }
            }
        }
        finally
        {
            await CloseAsync(pieces);
        }

        if (failure is not null)
        {
            yield return AnswerUpdate.Final(await FallBackAsync(failure, question, history, cancellationToken));
            yield break;
        }

        foreach (var sentence in sentences.Flush())
        {
            foreach (var update in await CheckAsync(check, sentence, held, cancellationToken))
            {
                yield return update;
            }
        }

        var verified = check.Complete();
        ChatBotTelemetry.Verified(null, verified.Citations.Count, verified.DroppedCitations, verified.DroppedSentences);
        yield return AnswerUpdate.Final(IsDecline(sentences.Text)
            ? offline.Decline(prepared.Found)
            : await ConcludeAsync(sentences.Text, verified, prepared.Found, question, history, cancellationToken));
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

    private CancellationTokenSource Budget(CancellationToken cancellationToken)
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(aiOptions.Value.TimeoutSeconds));
        return budget;
    }

    // The standalone question and its passages, or the answer already due: the offline one when condensing failed,
    // a decline when nothing was found (no reason to ask the model).
    private async Task<(Prepared Passages, Answer? Early)> PrepareAsync(string question, IReadOnlyList<string> history, CancellationToken budget, CancellationToken cancellationToken)
    {
        string standalone;
        try
        {
            standalone = history.Count == 0 ? question : await CondenseAsync(question, history, budget);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (new Prepared(question, []), await FallBackAsync(ex, question, history, cancellationToken));
        }

        var query = answeringOptions.Value.SearchParaphrases ? TextAnalyzer.WithParaphrases(standalone, standalone) : standalone;
        var retrieved = await retriever.SearchAsync(query, RetrievalMode.Hybrid, answeringOptions.Value.TopPassages, cancellationToken);
        var passages = retrieved.Select(r => r.Passage).ToList();
        return (new Prepared(standalone, passages), passages.Count == 0 ? offline.Decline(passages) : null);
    }

    // What the user gets for the model's reply, once verified (the same for a whole reply and a streamed one).
    private async Task<Answer> ConcludeAsync(string reply, VerifiedAnswer verified, IReadOnlyList<Passage> passages, string question, IReadOnlyList<string> history, CancellationToken cancellationToken)
    {
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

    // A sentence of a streamed reply, checked: nothing when dropped, held when kept without a source, else given with
    // the sentences held before it.
    private static async Task<IReadOnlyList<AnswerUpdate>> CheckAsync(CitationCheck check, string sentence, List<CheckedSentence> held, CancellationToken cancellationToken)
    {
        var kept = await check.AddAsync(sentence, cancellationToken);
        if (kept is null)
        {
            return [];
        }

        held.Add(kept);
        if (!kept.Cited)
        {
            return [];
        }

        var ready = held.Select(AnswerUpdate.Sentence).ToList();
        held.Clear();
        return ready;
    }

    private async IAsyncEnumerable<string> StreamReplyAsync(KernelArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var piece in kernel.InvokeStreamingAsync(FunctionOf(PromptNames.Answer), arguments, cancellationToken))
        {
            if (piece.ToString() is { Length: > 0 } text)
            {
                yield return text;
            }
        }
    }

    private async Task CloseAsync(IAsyncEnumerator<string> pieces)
    {
        try
        {
            await pieces.DisposeAsync();
        }
        catch (Exception ex)
        {
            // A connection that broke part-way may fail again on closing; the answer no longer depends on it.
            logger.LogDebug(ex, "Closing the model's stream failed");
        }
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
        var result = await kernel.InvokeAsync(FunctionOf(prompt), arguments, cancellationToken);
        return result.GetValue<string>() ?? string.Empty;
    }

    private KernelFunction FunctionOf(string prompt) =>
        functions.GetOrAdd(prompt, name => KernelFunctionFactory.CreateFromPrompt(prompts.Get(name), templates));

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

    // The model's decline is the user's answer: never cited, never replaced by a guess.
    private static bool IsDecline(string reply) => DeclineSentence.Is(CitationMarkers.Strip(reply));

    // A reply that declines part of the question and whose other part is not supported declines as a whole.
    private static bool DeclinesPart(string reply) =>
        Sentences.Split(reply).Any(s => DeclineSentence.Is(CitationMarkers.Strip(s)));

    private sealed record Prepared(string Standalone, IReadOnlyList<Passage> Found);
}
