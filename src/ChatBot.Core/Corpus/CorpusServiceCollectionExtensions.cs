using ChatBot.Core.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Corpus;

/// <summary>Registers corpus reading and chunking: readers, <see cref="CorpusLoader"/>, <see cref="PassageChunker"/> and their options.</summary>
public static class CorpusServiceCollectionExtensions
{
    public static IServiceCollection AddChatBotCorpus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CorpusOptions>()
            .Bind(configuration.GetSection(CorpusOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Folder), "Missing configuration: Corpus:Folder. See the README.")
            .Validate(o => o.WatchDebounceMilliseconds is >= 0 and <= 600_000, "Corpus:WatchDebounceMilliseconds must be between 0 and 600000.")
            .ValidateOnStart();
        services.AddOptions<ChunkingOptions>()
            .Bind(configuration.GetSection(ChunkingOptions.SectionName))
            .Validate(o => o.Validate() is null, "Invalid Chunking options: TargetChars > 0, MaxChars >= TargetChars, 0 <= MinChars <= TargetChars.")
            .ValidateOnStart();

        // Most specific reader first: the loader uses the first that recognises a file.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, ScrapedEncyclopediaReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, MarkdownCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, HtmlCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, PlainTextCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusFileReader, PdfCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusFileReader, DocxCorpusReader>());
        services.TryAddSingleton(sp => new CorpusLoader(sp.GetServices<ICorpusReader>(), sp.GetServices<ICorpusFileReader>(), sp.GetRequiredService<ILogger<CorpusLoader>>()));
        services.TryAddSingleton<PassageChunker>();
        services.TryAddSingleton<SentenceSplitter>();
        return services;
    }
}
