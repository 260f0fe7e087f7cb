using System.Text;
using System.Text.Json;
using ChatBot.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Feedback;

/// <summary>
/// Feedback as one JSON object per line, appended to Feedback:Path (default .chatbot/feedback.jsonl). Writes of one
/// process are serialised; each line is written with one call, so lines of two processes do not interleave. A line
/// that cannot be read back is skipped with a warning.
/// </summary>
public sealed class JsonlFeedbackStore(IOptions<FeedbackOptions> options, ILogger<JsonlFeedbackStore> logger) : IFeedbackStore
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The absolute file path.</summary>
    public string Path { get; } = ContentPaths.Resolve(options.Value.Path);

    public async Task AddAsync(FeedbackRecord record, CancellationToken cancellationToken = default)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record) + "\n");
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 4096, useAsync: true);
            await file.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<IReadOnlyList<FeedbackRecord>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        string[] lines;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lines = await File.ReadAllLinesAsync(Path, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }

        var records = new List<FeedbackRecord>();
        for (var i = lines.Length - 1; i >= 0 && records.Count < count; i--)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<FeedbackRecord>(lines[i]) is { } record)
                {
                    records.Add(record);
                }
            }
            catch (JsonException ex)
            {
                logger.LogWarning("Skipped line {Line} of {Path}: {Reason}", i + 1, Path, ex.Message);
            }
        }

        return records;
    }
}
