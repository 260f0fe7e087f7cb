using ChatBot.Core.Configuration;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Sources;

/// <summary>Reads the corpus and cuts its passages once, the way the index does (same loader, same chunker, so the same passage ids).</summary>
public sealed class CorpusSourceCatalog(CorpusLoader loader, PassageChunker chunker, IOptions<CorpusOptions> options) : ISourceCatalog
{
    private readonly Lazy<Task<SourceCatalogSnapshot>> snapshot = new(() => Task.Run(() =>
    {
        var corpus = loader.Load(ContentPaths.Resolve(options.Value.Folder));
        var sections = corpus.Documents.SelectMany(d => d.Sections).ToList();
        return new SourceCatalogSnapshot(sections, chunker.Chunk(corpus.Documents));
    }));

    public Task<SourceCatalogSnapshot> GetAsync(CancellationToken cancellationToken) => snapshot.Value.WaitAsync(cancellationToken);
}
