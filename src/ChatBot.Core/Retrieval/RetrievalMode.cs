namespace ChatBot.Core.Retrieval;

/// <summary>How passages are ranked.</summary>
public enum RetrievalMode
{
    Keyword,
    Vector,
    Hybrid,
}
