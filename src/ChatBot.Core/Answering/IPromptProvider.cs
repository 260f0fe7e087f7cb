using Microsoft.SemanticKernel;

namespace ChatBot.Core.Answering;

/// <summary>Supplies prompt templates by name (e.g. "Answer", "CondenseQuestion") in Semantic Kernel's format.</summary>
public interface IPromptProvider
{
    /// <summary>The template and its settings; throws <see cref="InvalidOperationException"/> with a clear message when it is missing.</summary>
    PromptTemplateConfig Get(string name);
}
