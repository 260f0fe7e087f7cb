using System.Collections.Concurrent;
using ChatBot.Core.Feedback;

namespace ChatBot.Web.Tests.Fakes;

/// <summary>Feedback kept in a list, for bot tests that need a store but not its file.</summary>
public sealed class MemoryFeedbackStore : IFeedbackStore
{
    public ConcurrentQueue<FeedbackRecord> Records { get; } = new();

    public Task AddAsync(FeedbackRecord record, CancellationToken cancellationToken = default)
    {
        Records.Enqueue(record);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedbackRecord>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FeedbackRecord>>([.. Records.Reverse().Take(count)]);
}
