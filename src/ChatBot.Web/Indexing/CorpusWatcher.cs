using System.Threading.Channels;
using ChatBot.Core.Configuration;
using ChatBot.Core.Corpus;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Indexing;

/// <summary>
/// Watches Corpus:Folder and, once changes have been quiet for Corpus:WatchDebounceMilliseconds, asks the index to
/// rebuild in the background (<see cref="ICorpusIndex.ReloadAsync"/>); the current index keeps answering meanwhile.
/// Changes during a rebuild make one more rebuild after it. A lost event (the watcher's buffer overflowed) also rebuilds.
/// </summary>
public sealed class CorpusWatcher(ICorpusIndex index, IOptions<CorpusOptions> options, ILogger<CorpusWatcher> logger) : BackgroundService
{
    // One pending signal is enough: a rebuild reads the whole folder.
    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var folder = ContentPaths.Resolve(settings.Folder);
        if (!settings.Watch)
        {
            logger.LogInformation("Corpus:Watch is off: {Folder} is not watched; restart or POST /admin/reindex after a change.", folder);
            return;
        }

        if (!Directory.Exists(folder))
        {
            logger.LogWarning("The corpus folder {Folder} does not exist, so it is not watched.", folder);
            return;
        }

        using var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Watching {Folder} lost events; rebuilding to be sure.", folder);
            changes.Writer.TryWrite(true);
        };
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {Folder} for changes (debounce {Debounce} ms).", folder, settings.WatchDebounceMilliseconds);

        var quiet = TimeSpan.FromMilliseconds(settings.WatchDebounceMilliseconds);
        try
        {
            while (await changes.Reader.WaitToReadAsync(stoppingToken))
            {
                // Wait until the folder has been quiet for the whole debounce time.
                changes.Reader.TryRead(out _);
                do
                {
                    await Task.Delay(quiet, stoppingToken);
                }
                while (changes.Reader.TryRead(out _));

                try
                {
                    await index.ReloadAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The index logged it and keeps its LastFailure for /healthz; the next change tries again.
                    logger.LogDebug(e, "Rebuild after a corpus change failed.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // Editors' swap, backup and temporary files are not corpus files (a folder has no extension and counts).
        var name = Path.GetFileName(e.Name ?? string.Empty);
        if (name.StartsWith('.') || name.EndsWith('~') || (Path.HasExtension(name) && !CorpusFormats.IsCorpusFile(name)))
        {
            return;
        }

        changes.Writer.TryWrite(true);
    }
}
