using Stopwatch = System.Diagnostics.Stopwatch;
using ChatBot.Core.Answering;
using ChatBot.Web.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Web.Bots;

/// <summary>
/// Sends a streamed answer where the channel shows it growing (<see cref="ReplyChannel.Streams"/>): the informative
/// update as soon as a model is asked (or once the answer takes <see cref="BotOptions.TypingDelay"/>), the verified text
/// so far at most once per <see cref="BotOptions.StreamingInterval"/>, then the final message: the reply a channel that
/// does not stream gets, marked as the stream's end. An answer that comes whole and quickly (the offline answerer's) is
/// sent as that reply alone. A channel that refuses an update ends the updates, never the answer.
/// </summary>
public sealed class AnswerStreamer(BotOptions options, AnswerActivityRenderer renderer, ILogger logger)
{
    /// <summary>Streams <paramref name="updates"/> into the turn; <paramref name="finish"/> renders the final answer (with its feedback offer).</summary>
    /// <returns>The answer and the channel's response to the message that carries it.</returns>
    public async Task<(Answer Answer, ResourceResponse? Sent)> SendAsync(
        ITurnContext turn, IAsyncEnumerable<AnswerUpdate> updates, ReplyChannel channel, ReplyLinks links, Func<Answer, Activity> finish, CancellationToken cancellationToken)
    {
        var stream = new ChannelStream(turn, options, logger);
        var shown = new StreamedAnswer();
        await using var enumerator = updates.GetAsyncEnumerator(cancellationToken);
        var next = enumerator.MoveNextAsync().AsTask();
        if (!next.IsCompleted && options.TypingDelay > TimeSpan.Zero)
        {
            await Task.WhenAny(next, Task.Delay(options.TypingDelay, cancellationToken));
        }

        // A zero Bot:TypingDelay shows the bot at work for every answer, as the typing indicator does where answers do not stream.
        if (!next.IsCompleted || options.TypingDelay <= TimeSpan.Zero)
        {
            await stream.StartAsync(cancellationToken);
        }

        while (await next)
        {
            var update = enumerator.Current;
            if (update.Answer is { } answer)
            {
                return (answer, await stream.EndAsync(finish(answer), cancellationToken));
            }

            await stream.StartAsync(cancellationToken);
            shown.Add(update);
            next = enumerator.MoveNextAsync().AsTask();

            // The text goes out once the interval since the last update has passed, unless the next update comes first
            // (then sentences arriving in between go out together, and a final answer supersedes them).
            while (stream.Open && shown.Sentences > stream.SentencesSent)
            {
                if (!await stream.WaitForTurnAsync(next, cancellationToken))
                {
                    break;
                }

                await stream.UpdateAsync(renderer.Render(shown.Current, channel, links), shown.Sentences, cancellationToken);
            }
        }

        throw new InvalidOperationException("The answer stream ended without its final update.");
    }

    // The stream as the channel knows it: its id, sequence, and when it was last updated.
    private sealed class ChannelStream(ITurnContext turn, BotOptions options, ILogger logger)
    {
        private readonly Stopwatch sinceLast = new();
        private string? id;
        private int sequence;
        private bool refused;

        /// <summary>Whether updates may still be sent: the stream started and the channel took every update.</summary>
        public bool Open => id is not null && !refused;

        /// <summary>How many sentences the last update showed.</summary>
        public int SentencesSent { get; private set; }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (id is not null || refused)
            {
                return;
            }

            id = (await TrySendAsync(StreamingActivities.InformativeUpdate(options.Searching), cancellationToken))?.Id;
            refused = string.IsNullOrEmpty(id);
            id = refused ? null : id;
            sequence = 1;
            sinceLast.Restart();
        }

        /// <summary>Waits until the next update may be sent: true then, false when <paramref name="next"/> completes first.</summary>
        public async Task<bool> WaitForTurnAsync(Task next, CancellationToken cancellationToken)
        {
            var wait = options.StreamingInterval - sinceLast.Elapsed;
            if (wait <= TimeSpan.Zero)
            {
                return true;
            }

            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(wait, timer.Token);
            var first = await Task.WhenAny(next, delay);
            await timer.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return first == delay;
        }

        public async Task UpdateAsync(Activity rendered, int sentences, CancellationToken cancellationToken)
        {
            sequence++;
            SentencesSent = sentences;
            refused = await TrySendAsync(StreamingActivities.TextUpdate(rendered, id!, sequence), cancellationToken) is null;
            sinceLast.Restart();
        }

        public async Task<ResourceResponse?> EndAsync(Activity reply, CancellationToken cancellationToken)
        {
            if (id is null)
            {
                return await turn.SendActivityAsync(reply, cancellationToken);
            }

            // The final message is the streamed message: Teams names it by the stream's id (as a feedback invoke does).
            var sent = await TrySendAsync(StreamingActivities.FinalMessage(reply, id), cancellationToken);
            if (sent is null)
            {
                // A stream the channel closed (the user pressed Stop, or it ran too long) cannot take its end: the answer goes out alone.
                return await turn.SendActivityAsync(StreamingActivities.Unmarked(reply), cancellationToken);
            }

            return string.IsNullOrEmpty(sent.Id) ? new ResourceResponse(id) : sent;
        }

        private async Task<ResourceResponse?> TrySendAsync(Activity update, CancellationToken cancellationToken)
        {
            try
            {
                return await turn.SendActivityAsync(update, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Teams answers 403 where streaming is not allowed, or once the user pressed Stop; the answer still goes out.
                logger.LogWarning(ex, "The channel {ChannelId} refused a streaming update; the answer is sent whole", turn.Activity.ChannelId);
                return null;
            }
        }
    }
}
