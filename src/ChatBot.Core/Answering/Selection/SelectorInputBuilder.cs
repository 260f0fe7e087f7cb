using ChatBot.Core.Text;
using ChatBot.Core.Answering.Selection.Features;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Answering.Selection;

/// <summary>
/// Retrieves the passages for a question (with the previous question for a follow-up) and describes every candidate
/// sentence: the same path for answering, for training and for cross-validation.
/// </summary>
public sealed class SelectorInputBuilder(
    IPassageRetriever retriever,
    SentenceTableProvider tables,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    IOptions<AnsweringOptions> options)
{
    private readonly CandidateFeaturizer featurizer = new();
    private (SentenceTable Table, SpellingCorrector Speller)? speller;

    /// <summary>The names of the feature vectors this builder writes.</summary>
    public IReadOnlyList<string> FeatureNames => featurizer.Names;

    public async Task<SelectorInput> BuildAsync(string question, IReadOnlyList<string> history, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var context = FollowUpQuestion.ContextOf(question, history);
        var query = context is null ? question.Trim() : FollowUpQueryExpander.Expand(question, [context]);
        query = settings.SearchParaphrases ? TextAnalyzer.WithParaphrases(query, question) : query;
        var retrieved = await retriever.SearchAsync(query, RetrievalMode.Hybrid, settings.TopPassages, cancellationToken).ConfigureAwait(false);
        var table = await tables.GetAsync(retrieved, cancellationToken).ConfigureAwait(false);

        // The retriever embedded this query a moment ago; RecentQueryEmbeddings hands the same vector back.
        var vector = (await embeddings.GenerateAsync([query], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector;
        var profile = QuestionProfile.Create(question, context, table, SpellerFor(table), vector);
        var candidates = CandidateGenerator.For(retrieved, table);
        return new SelectorInput(retrieved, profile, table, candidates, featurizer.Featurize(profile, table, candidates));
    }

    private SpellingCorrector SpellerFor(SentenceTable table)
    {
        if (speller is { } cached && ReferenceEquals(cached.Table, table))
        {
            return cached.Speller;
        }

        var built = new SpellingCorrector(table.Vocabulary, table.Frequency);
        speller = (table, built);
        return built;
    }
}
