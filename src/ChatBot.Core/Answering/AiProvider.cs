namespace ChatBot.Core.Answering;

/// <summary>Which chat model answers; <see cref="Offline"/> needs no model, key or network.</summary>
public enum AiProvider
{
    Offline,
    AzureOpenAI,
    OpenAI,
    OpenAICompatible,
}
