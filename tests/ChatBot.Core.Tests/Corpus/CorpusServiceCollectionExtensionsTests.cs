using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Tests.Corpus;

public sealed class CorpusServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddChatBotCorpus(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddChatBotCorpus_RegistersReadersLoaderChunkerAndBoundOptions()
    {
        using var provider = Build(new()
        {
            ["Corpus:Folder"] = "my-corpus",
            ["Chunking:TargetChars"] = "500",
            ["Chunking:MaxChars"] = "800",
        });

        Assert.Equal("my-corpus", provider.GetRequiredService<IOptions<CorpusOptions>>().Value.Folder);
        var chunking = provider.GetRequiredService<IOptions<ChunkingOptions>>().Value;
        Assert.Equal((500, 800, 200), (chunking.TargetChars, chunking.MaxChars, chunking.MinChars));
        Assert.Equal(
            [typeof(ScrapedEncyclopediaReader), typeof(MarkdownCorpusReader), typeof(HtmlCorpusReader), typeof(PlainTextCorpusReader)],
            provider.GetServices<ICorpusReader>().Select(r => r.GetType()));
        Assert.Equal([typeof(PdfCorpusReader), typeof(DocxCorpusReader)], provider.GetServices<ICorpusFileReader>().Select(r => r.GetType()));
        Assert.NotNull(provider.GetRequiredService<CorpusLoader>());
        Assert.NotNull(provider.GetRequiredService<PassageChunker>());
        Assert.NotNull(provider.GetRequiredService<SentenceSplitter>());
    }

    [Fact]
    public void AddChatBotCorpus_Defaults_MatchAppSettings()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(ChatBot.Core.Configuration.ContentPaths.Resolve("appsettings.json")));
        var chunkingJson = json.RootElement.GetProperty(ChunkingOptions.SectionName);
        Assert.Equal(
            (700, 1000, 200),
            (chunkingJson.GetProperty("TargetChars").GetInt32(), chunkingJson.GetProperty("MaxChars").GetInt32(), chunkingJson.GetProperty("MinChars").GetInt32()));
        Assert.Equal("corpus", json.RootElement.GetProperty(CorpusOptions.SectionName).GetProperty("Folder").GetString());

        using var provider = Build([]);
        Assert.Equal("corpus", provider.GetRequiredService<IOptions<CorpusOptions>>().Value.Folder);
        var chunking = provider.GetRequiredService<IOptions<ChunkingOptions>>().Value;
        Assert.Equal((700, 1000, 200), (chunking.TargetChars, chunking.MaxChars, chunking.MinChars));
    }

    [Fact]
    public void AddChatBotCorpus_InvalidChunking_FailsValidation()
    {
        using var provider = Build(new() { ["Chunking:TargetChars"] = "900", ["Chunking:MaxChars"] = "100" });
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ChunkingOptions>>().Value);
        Assert.Contains("MaxChars", error.Message);
    }
}
