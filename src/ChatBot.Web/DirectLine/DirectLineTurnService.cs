using Microsoft.Extensions.Options;

namespace ChatBot.Web.DirectLine;

/// <summary>
/// Drains the <see cref="DirectLineTurnQueue"/>: one dispatcher reads the turns in order and starts each after its
/// conversation's previous turn, with at most DirectLine:ConcurrentTurns running at once. A shutdown stops taking
/// turns, lets the queued and running ones finish, and cancels only what is left when the host's shutdown timeout ends.
/// </summary>
public sealed class DirectLineTurnService(
    DirectLineTurnQueue queue,
    DirectLineTurnRunner runner,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineTurnService> logger) : BackgroundService
{
    private readonly SemaphoreSlim slots = new(options.Value.ConcurrentTurns, options.Value.ConcurrentTurns);
    private readonly CancellationTokenSource abort = new();
    private readonly HashSet<Task> running = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not stoppingToken: a shutdown completes the queue, and what was accepted is still answered.
        await foreach (var turn in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            var conversation = turn.Conversation;
            var task = RunAfterAsync(conversation.LastTurn, turn);
            conversation.LastTurn = task;
            Track(task);
        }

        Task[] left;
        lock (running)
        {
            left = [.. running];
        }

        await Task.WhenAll(left).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await using var registration = cancellationToken.Register(abort.Cancel).ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (abort.IsCancellationRequested)
        {
            logger.LogWarning("Direct Line: the shutdown timeout ended before every queued turn was answered; the rest were cancelled.");
        }
    }

    public override void Dispose()
    {
        abort.Dispose();
        slots.Dispose();
        base.Dispose();
    }

    private async Task RunAfterAsync(Task previous, DirectLineTurn turn)
    {
        try
        {
            // The runner never throws, so the previous turn's outcome does not matter, only that it is over.
            await previous.ConfigureAwait(false);
            await runner.RunAsync(turn, abort.Token).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    private void Track(Task task)
    {
        lock (running)
        {
            running.Add(task);
        }

        _ = task.ContinueWith(
            done =>
            {
                lock (running)
                {
                    running.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
