namespace ChatBot.Core.Retrieval;

/// <summary>The "Retrieval" configuration section: ranking mode, result count and the knobs of BM25 and fusion.</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>Keyword, Vector or Hybrid (default).</summary>
    public RetrievalMode Mode { get; set; } = RetrievalMode.Hybrid;

    /// <summary>Passages returned per query.</summary>
    public int Top { get; set; } = 8;

    /// <summary>Candidates taken from each ranking before fusion.</summary>
    public int CandidatePool { get; set; } = 50;

    /// <summary>BM25 term-frequency saturation.</summary>
    public double Bm25K1 { get; set; } = 1.2;

    /// <summary>BM25 length normalisation.</summary>
    public double Bm25B { get; set; } = 0.75;

    /// <summary>Reciprocal rank fusion constant k.</summary>
    public double RrfK { get; set; } = 20;

    /// <summary>Weight of the keyword ranking in fusion.</summary>
    public double KeywordWeight { get; set; } = 1.0;

    /// <summary>Weight of the vector ranking in fusion.</summary>
    public double VectorWeight { get; set; } = 1.0;

    /// <summary>Score multiplier for glossary entries, so they rank below article text on equal evidence.</summary>
    public double GlossaryWeight { get; set; } = 0.5;

    /// <summary>Score multiplier for a glossary entry whose title the question names (e.g. "what does Mezhraiontsy mean").</summary>
    public double NamedGlossaryWeight { get; set; } = 1.0;

    /// <summary>At most this many glossary entries in one result list, so they never crowd out the article.</summary>
    public int MaxGlossaryResults { get; set; } = 2;

    /// <summary>Word-set overlap (Jaccard) at or above which two passages count as near-duplicates and only the better one is kept.</summary>
    public double DuplicateThreshold { get; set; } = 0.85;
}
