using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.DirectLine;

/// <summary>
/// The offline Direct Line's turns waiting for the bot: a bounded channel, drained by <see cref="DirectLineTurnService"/>.
/// A full queue refuses the turn at once (the endpoint answers 503) instead of growing without limit.
/// </summary>
public sealed class DirectLineTurnQueue(IOptions<DirectLineOptions> options)
{
    private readonly Channel<DirectLineTurn> turns = Channel.CreateBounded<DirectLineTurn>(new BoundedChannelOptions(options.Value.MaxQueuedTurns)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
        SingleWriter = false,
    });

    /// <summary>Whether a turn would be accepted now (another post may still take the room first).</summary>
    public bool HasRoom => turns.Reader.Count < options.Value.MaxQueuedTurns;

    /// <summary>Queues the turn; false when the queue is full or the host is shutting down.</summary>
    public bool TryEnqueue(DirectLineTurn turn) => turns.Writer.TryWrite(turn);

    /// <summary>Turns in the order they were queued.</summary>
    internal ChannelReader<DirectLineTurn> Reader => turns.Reader;

    /// <summary>Accepts no more turns; those queued are still handed out.</summary>
    internal void Complete() => turns.Writer.TryComplete();
}
