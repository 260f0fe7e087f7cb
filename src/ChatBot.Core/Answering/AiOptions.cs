namespace ChatBot.Core.Answering;

/// <summary>The chat model behind generative answers (section "AI").</summary>
public sealed class AiOptions
{
    public const string SectionName = "AI";

    /// <summary>Offline (default), AzureOpenAI, OpenAI or OpenAICompatible (Ollama, llama.cpp server, vLLM…).</summary>
    public AiProvider Provider { get; set; } = AiProvider.Offline;

    /// <summary>Azure OpenAI resource URL, or the base URL of an OpenAI-compatible server (e.g. http://localhost:11434/v1).</summary>
    public string? Endpoint { get; set; }

    /// <summary>API key; for Azure OpenAI, leave empty to sign in with DefaultAzureCredential.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure OpenAI deployment name of the chat model.</summary>
    public string? ChatDeployment { get; set; }

    /// <summary>Model id for OpenAI and OpenAI-compatible servers (e.g. gpt-4o-mini, llama3.1).</summary>
    public string? Model { get; set; }

    /// <summary>Upper bound on the time one answer may spend on the model, retries included, before the offline answerer replies.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Time one HTTP attempt may take.</summary>
    public double AttemptTimeoutSeconds { get; set; } = 20;

    /// <summary>Retries after a 429, a 5xx, a timeout or a connection failure.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially with jitter.</summary>
    public double RetryBaseDelaySeconds { get; set; } = 1;
}
