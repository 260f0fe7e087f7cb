using System.Collections.Concurrent;
using ChatBot.Core.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ChatBot.Core.Answering;

/// <summary>Reads prompts/&lt;Name&gt;/skprompt.txt and config.json (Semantic Kernel's prompt-template format) once and keeps them.</summary>
public sealed class FilePromptProvider(IOptions<AnsweringOptions> options) : IPromptProvider
{
    private readonly string folder = ContentPaths.Resolve(options.Value.PromptsPath);
    private readonly ConcurrentDictionary<string, PromptTemplateConfig> cache = new(StringComparer.Ordinal);

    public PromptTemplateConfig Get(string name) => cache.GetOrAdd(name, Load);

    private PromptTemplateConfig Load(string name)
    {
        var templatePath = Path.Combine(folder, name, "skprompt.txt");
        var configPath = Path.Combine(folder, name, "config.json");
        if (!File.Exists(templatePath) || !File.Exists(configPath))
        {
            throw new InvalidOperationException($"Prompt '{name}' not found: expected {templatePath} and {configPath}. Set Answering:PromptsPath to the prompts folder.");
        }

        var config = PromptTemplateConfig.FromJson(File.ReadAllText(configPath));
        config.Template = File.ReadAllText(templatePath);
        config.Name ??= name;
        return config;
    }
}
