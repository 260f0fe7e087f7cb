namespace ChatBot.Core.Answering;

/// <summary>How answers are built and checked (section "Answering").</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>
    /// The host's public address (e.g. https://bot.example.com), the one setting for it: citation URLs are absolute when it
    /// is set, relative (/sources/…) otherwise, and the bot then builds its links from the address each request came in on.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Folder of the prompt templates, relative paths resolved with ContentPaths.</summary>
    public string PromptsPath { get; set; } = "prompts";

    /// <summary>Passages retrieved for one answer (numbered sources of the prompt, candidate sentences offline).</summary>
    public int TopPassages { get; set; } = 10;

    /// <summary>Longest offline answer, in sentences.</summary>
    public int MaxAnswerSentences { get; set; } = 3;

    /// <summary>Most citations one answer keeps (at most <see cref="AnswerLimits.MaxCitations"/>, what Teams accepts).</summary>
    public int MaxCitations { get; set; } = AnswerLimits.MaxCitations;

    /// <summary>Offline: the fitted answer selector (a file written by `chatbot train`), relative paths resolved with ContentPaths.</summary>
    public string SelectorModel { get; set; } = "models/answer-selector.zip";

    /// <summary>Share (0–1) of a claim's content words that its cited passage must contain for the citation to stand.</summary>
    public double MinCitationSupport { get; set; } = 0.5;

    /// <summary>Also accept a claim whose embedding is close to a sentence of its passage (needs an embedding generator; one model call per checked claim).</summary>
    public bool EmbeddingSupport { get; set; }

    /// <summary>Cosine similarity of claim and passage sentence that also counts as support when an embedding generator is registered.</summary>
    public double MinEmbeddingSupport { get; set; } = 0.75;

    /// <summary>Also search for the other wordings of the question's words in the paraphrase tables ("birthday" → born), so the passage that words it the text's way is retrieved (offline and model answers).</summary>
    public bool SearchParaphrases { get; set; } = true;

    /// <summary>Sections named in a decline as the nearest the answerer did find.</summary>
    public int NearestSectionsOnDecline { get; set; } = 3;
}
