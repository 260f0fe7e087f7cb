namespace ChatBot.Core.Embeddings;

/// <summary>The "Embeddings" configuration section.</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Embeddings";

    /// <summary>Local (default), AzureOpenAI or OpenAI.</summary>
    public EmbeddingProvider Provider { get; set; } = EmbeddingProvider.Local;

    /// <summary>Service endpoint: required for AzureOpenAI; optional for OpenAI (an OpenAI-compatible server).</summary>
    public string? Endpoint { get; set; }

    /// <summary>API key; for AzureOpenAI, leave empty to sign in with DefaultAzureCredential.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>Model name (OpenAI), e.g. text-embedding-3-small; also names the model in the index snapshot key.</summary>
    public string? Model { get; set; }

    /// <summary>Requested embedding dimensions for models that support shortening; 0 = the model's default.</summary>
    public int Dimensions { get; set; }

    /// <summary>ONNX Runtime threads of the local model; 0 = one per core.</summary>
    public int LocalThreads { get; set; }

    /// <summary>Texts sent per embedding call when indexing.</summary>
    public int BatchSize { get; set; } = 32;
}
