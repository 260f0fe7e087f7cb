namespace ChatBot.Core.Embeddings;

/// <summary>Where embeddings come from.</summary>
public enum EmbeddingProvider
{
    /// <summary>all-MiniLM-L6-v2 run in-process with ONNX Runtime; offline, no keys.</summary>
    Local,

    /// <summary>An Azure OpenAI embedding deployment (API key or DefaultAzureCredential).</summary>
    AzureOpenAI,

    /// <summary>OpenAI, or any OpenAI-compatible endpoint.</summary>
    OpenAI,
}
