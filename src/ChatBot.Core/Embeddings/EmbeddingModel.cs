namespace ChatBot.Core.Embeddings;

/// <summary>Which embedding model is configured: its id (part of the index snapshot key) and its vector size when known.</summary>
/// <param name="Id">E.g. "local/all-MiniLM-L6-v2", "openai/text-embedding-3-small", "azureopenai/my-deployment".</param>
/// <param name="Dimensions">Vector size, or 0 when it is only known after the first embedding.</param>
public sealed record EmbeddingModel(string Id, int Dimensions);
