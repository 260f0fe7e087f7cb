using ChatBot.Core.Indexing;

namespace ChatBot.Core.Retrieval;

/// <summary>A passage and its score for one query (higher is better; the scale depends on the mode).</summary>
public sealed record RetrievedPassage(Passage Passage, double Score);
