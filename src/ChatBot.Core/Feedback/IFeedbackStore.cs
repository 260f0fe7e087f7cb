namespace ChatBot.Core.Feedback;

/// <summary>Where feedback is kept: a JSON Lines file by default, Redis when the bot's state is in Redis.</summary>
public interface IFeedbackStore
{
    Task AddAsync(FeedbackRecord record, CancellationToken cancellationToken = default);

    /// <summary>The most recent <paramref name="count"/> records, newest first.</summary>
    Task<IReadOnlyList<FeedbackRecord>> RecentAsync(int count, CancellationToken cancellationToken = default);
}
