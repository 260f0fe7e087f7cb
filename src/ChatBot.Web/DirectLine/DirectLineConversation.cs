using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatBot.Web.DirectLine;

/// <summary>One offline Direct Line conversation: its activities in order (the watermark is their sequence number) and its user.</summary>
/// <remarks>Its request limits are the host's rate-limit policies, partitioned by conversation id.</remarks>
public sealed class DirectLineConversation
{
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore, MaxDepth = 64 };

    private readonly object gate = new();
    private readonly List<(long Sequence, string Json)> activities = [];
    private readonly int maxActivities;
    private readonly TimeProvider time;
    private long sequence;
    private TaskCompletionSource appended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long lastTouchedTicks;
    private DateTimeOffset lastTimestamp;
    private int started;

    internal DirectLineConversation(string id, string userId, DirectLineOptions options, TimeProvider time)
    {
        Id = id;
        UserId = userId;
        this.time = time;
        maxActivities = options.MaxActivitiesPerConversation;
        lastTouchedTicks = time.GetUtcNow().UtcTicks;
    }

    public string Id { get; }

    /// <summary>The user the conversation's tokens were issued to; posted activities are sent as this user.</summary>
    public string UserId { get; }

    /// <summary>The conversation's last turn handed to the bot; the next one starts after it, so replies come in the order of the questions.</summary>
    /// <remarks>Read and written only by the turn queue's one dispatcher.</remarks>
    internal Task LastTurn { get; set; } = Task.CompletedTask;

    internal DateTimeOffset LastTouched => new(Interlocked.Read(ref lastTouchedTicks), TimeSpan.Zero);

    /// <summary>Marks the conversation as used now (expiry counts from the last call).</summary>
    internal void Touch() => Interlocked.Exchange(ref lastTouchedTicks, time.GetUtcNow().UtcTicks);

    /// <summary>True exactly once: for the call that starts the conversation (and so sends the bot its conversationUpdate).</summary>
    internal bool TryMarkStarted() => Interlocked.Exchange(ref started, 1) == 0;

    /// <summary>Gives the activity its id and a server timestamp, stores a frozen copy and returns the id.</summary>
    public string Append(Activity activity)
    {
        lock (gate)
        {
            sequence++;
            activity.Id = $"{Id}|{sequence:D7}";

            // Web Chat orders by timestamp: strictly increasing server time keeps questions before their answers.
            var now = time.GetUtcNow();
            lastTimestamp = now > lastTimestamp ? now : lastTimestamp.AddTicks(1);
            activity.Timestamp = lastTimestamp;
            activity.Conversation ??= new ConversationAccount(id: Id);

            activities.Add((sequence, JsonConvert.SerializeObject(activity, Json)));
            if (activities.Count > maxActivities)
            {
                activities.RemoveRange(0, activities.Count - maxActivities);
            }

            // Wake the polls waiting for this activity (see Since); later ones wait for the next.
            appended.TrySetResult();
            appended = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return activity.Id;
        }
    }

    /// <summary>The stored activities after <paramref name="watermark"/> (as JSON) and the new watermark.</summary>
    public (IReadOnlyList<string> Activities, long Watermark) Since(long watermark)
    {
        var (newer, last, _) = SinceOrNext(watermark);
        return (newer, last);
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/> and, when there are none, the activities that arrive within
    /// <paramref name="wait"/> (a long poll); an empty list when none did or the caller gave up.
    /// </summary>
    public async Task<(IReadOnlyList<string> Activities, long Watermark)> WaitSinceAsync(long watermark, TimeSpan wait, CancellationToken cancellationToken)
    {
        var (newer, last, next) = SinceOrNext(watermark);
        if (newer.Count > 0 || wait <= TimeSpan.Zero)
        {
            return (newer, last);
        }

        try
        {
            await next.WaitAsync(wait, time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
        }

        return Since(watermark);
    }

    // Read together under the lock, so an activity appended just after the read still wakes the waiter.
    private (List<string> Activities, long Watermark, Task Next) SinceOrNext(long watermark)
    {
        lock (gate)
        {
            var newer = activities.Where(a => a.Sequence > watermark).Select(a => a.Json).ToList();
            return (newer, sequence, appended.Task);
        }
    }
}
