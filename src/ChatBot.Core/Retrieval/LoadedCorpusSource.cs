using ChatBot.Core.Configuration;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Retrieval;

/// <summary>The corpus folder of configuration ("Corpus:Folder"), read by <see cref="CorpusLoader"/> and cut by <see cref="PassageChunker"/>.</summary>
public sealed class LoadedCorpusSource(CorpusLoader loader, PassageChunker chunker, IOptions<CorpusOptions> options) : ICorpusSource
{
    /// <inheritdoc />
    public Task<CorpusContent> ReadAsync(CancellationToken cancellationToken = default)
    {
        // Reading ~150 kB of text is fast and synchronous; no thread hop needed.
        var load = loader.Load(ContentPaths.Resolve(options.Value.Folder));
        cancellationToken.ThrowIfCancellationRequested();
        var passages = chunker.Chunk(load.Documents);
        return Task.FromResult(new CorpusContent(load, passages));
    }
}
