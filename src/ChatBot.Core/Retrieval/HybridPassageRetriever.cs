using ChatBot.Core.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.VectorStore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Ranks passages by BM25, by vector similarity (through the collection of the index version being served), or by both
/// fused with reciprocal rank fusion; glossary entries are down-weighted and capped, near-duplicates collapsed. One query
/// reads one <see cref="IndexedCorpus"/> throughout, so a rebuild swapped in meanwhile never mixes two versions.
/// </summary>
public sealed class HybridPassageRetriever(
    ICorpusIndex index,
    IEmbeddingGenerator<string, Embedding<float>> embeddingGenerator,
    IOptions<RetrievalOptions> options) : IPassageRetriever
{
    private readonly Lock keywordLock = new();
    private (IndexedCorpus Corpus, Bm25Index Index)? keyword;

    /// <inheritdoc />
    public async Task<IReadOnlyList<RetrievedPassage>> SearchAsync(string query, RetrievalMode? mode = null, int? top = null, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var count = top ?? settings.Top;
        if (string.IsNullOrWhiteSpace(query) || count <= 0)
        {
            return [];
        }

        var corpus = await index.GetAsync(cancellationToken).ConfigureAwait(false);
        var pool = Math.Max(settings.CandidatePool, count * 4);
        var ranked = (mode ?? settings.Mode) switch
        {
            RetrievalMode.Keyword => KeywordRanking(corpus, query, pool, settings),
            RetrievalMode.Vector => await VectorRankingAsync(corpus, query, pool, cancellationToken).ConfigureAwait(false),
            _ => Fuse(
                KeywordRanking(corpus, query, pool, settings),
                await VectorRankingAsync(corpus, query, pool, cancellationToken).ConfigureAwait(false),
                settings),
        };

        var queryTerms = KeywordIndex(corpus, settings).QueryTerms(query).ToHashSet(StringComparer.Ordinal);
        return Select(ranked, count, settings, queryTerms);
    }

    /// <summary>Passages by BM25 score over heading path and text.</summary>
    private List<RetrievedPassage> KeywordRanking(IndexedCorpus corpus, string query, int pool, RetrievalOptions settings)
    {
        var bm25 = KeywordIndex(corpus, settings);
        return bm25.Search(query, pool)
            .Select(hit => new RetrievedPassage(corpus.Passages[hit.Doc], hit.Score))
            .ToList();
    }

    private async Task<List<RetrievedPassage>> VectorRankingAsync(IndexedCorpus corpus, string query, int pool, CancellationToken cancellationToken)
    {
        if (corpus.Collection is not { } collection)
        {
            return [];
        }

        var embedding = await embeddingGenerator.GenerateAsync(query, cancellationToken: cancellationToken).ConfigureAwait(false);
        var results = new List<RetrievedPassage>(pool);
        await foreach (var hit in collection.SearchAsync(embedding.Vector, pool, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (corpus.FindPassage(hit.Record.Key) is { } passage)
            {
                results.Add(new RetrievedPassage(passage, hit.Score ?? 0));
            }
        }

        return results;
    }

    /// <summary>Weighted reciprocal rank fusion, scaled so a passage ranked first by both lists scores 1.</summary>
    private static List<RetrievedPassage> Fuse(List<RetrievedPassage> byKeyword, List<RetrievedPassage> byVector, RetrievalOptions settings)
    {
        var fused = ReciprocalRankFusion.Fuse<Passage>(
            [(byKeyword.Select(r => r.Passage).ToList(), settings.KeywordWeight), (byVector.Select(r => r.Passage).ToList(), settings.VectorWeight)],
            settings.RrfK);
        var best = (settings.KeywordWeight + settings.VectorWeight) / (settings.RrfK + 1);
        return fused.Select(f => new RetrievedPassage(f.Key, best > 0 ? f.Score / best : 0)).ToList();
    }

    /// <summary>Applies the glossary weights and cap, drops near-duplicates, and keeps the best <paramref name="count"/>.</summary>
    private static List<RetrievedPassage> Select(List<RetrievedPassage> ranked, int count, RetrievalOptions settings, HashSet<string> queryTerms)
    {
        var weighted = ranked
            .Select((r, i) => (Result: r.Passage.Kind == SectionKind.Glossary ? r with { Score = r.Score * GlossaryWeight(r.Passage, queryTerms, settings) } : r, Order: i))
            .OrderByDescending(x => x.Result.Score)
            .ThenBy(x => x.Order)
            .Select(x => x.Result);

        var chosen = new List<RetrievedPassage>(count);
        var chosenWords = new List<HashSet<string>>(count);
        var glossaryCount = 0;
        foreach (var candidate in weighted)
        {
            if (candidate.Passage.Kind == SectionKind.Glossary)
            {
                if (glossaryCount >= settings.MaxGlossaryResults)
                {
                    continue;
                }
            }

            var words = TextAnalyzer.Tokens(candidate.Passage.Text).ToHashSet(StringComparer.Ordinal);
            if (chosenWords.Any(w => Jaccard(w, words) >= settings.DuplicateThreshold))
            {
                continue;
            }

            if (candidate.Passage.Kind == SectionKind.Glossary)
            {
                glossaryCount++;
            }

            chosen.Add(candidate);
            chosenWords.Add(words);
            if (chosen.Count == count)
            {
                break;
            }
        }

        return chosen;
    }

    /// <summary>A glossary entry the question names (all words of its title, outside brackets) is the subject, not a side note.</summary>
    private static double GlossaryWeight(Passage passage, HashSet<string> queryTerms, RetrievalOptions settings)
    {
        var bracket = passage.Title.IndexOf('(', StringComparison.Ordinal);
        var name = bracket > 0 ? passage.Title[..bracket] : passage.Title;
        var nameTerms = TextAnalyzer.Terms(name).Where(t => t.Length > 2).ToList();
        var named = nameTerms.Count > 0 && nameTerms.All(queryTerms.Contains);
        return named ? settings.NamedGlossaryWeight : settings.GlossaryWeight;
    }

    private static double Jaccard(HashSet<string> x, HashSet<string> y)
    {
        if (x.Count == 0 && y.Count == 0)
        {
            return 1;
        }

        var shared = x.Count(y.Contains);
        return (double)shared / (x.Count + y.Count - shared);
    }

    private Bm25Index KeywordIndex(IndexedCorpus corpus, RetrievalOptions settings)
    {
        lock (keywordLock)
        {
            if (keyword is { } cached && ReferenceEquals(cached.Corpus, corpus))
            {
                return cached.Index;
            }

            var documents = corpus.Passages.Select(p => $"{p.DisplayPath}\n{p.Text}").ToList();
            var built = new Bm25Index(documents, settings.Bm25K1, settings.Bm25B);
            keyword = (corpus, built);
            return built;
        }
    }
}
