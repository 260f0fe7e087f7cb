using ChatBot.Core.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Core.Tests.Embeddings;

public sealed class EmbeddingRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddChatBotEmbeddings(configuration).BuildServiceProvider();
    }

    private static ServiceProvider BuildOpenAI(FakeEmbeddingServer server) => Build(new()
    {
        ["Embeddings:Provider"] = "OpenAI",
        ["Embeddings:Endpoint"] = server.BaseUrl,
        ["Embeddings:ApiKey"] = "test-key",
        ["Embeddings:Model"] = "text-embedding-test",
        ["Embeddings:Dimensions"] = "8",
    });

    [Fact]
    public void NoConfiguration_RegistersTheLocalModel_WithoutLoadingIt()
    {
        using var services = Build([]);

        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        Assert.IsType<RecentQueryEmbeddings>(generator);
        Assert.NotNull(generator.GetService<MiniLmEmbeddingGenerator>());
        Assert.Equal(new EmbeddingModel("local/all-MiniLM-L6-v2", 384), services.GetRequiredService<EmbeddingModel>());
    }

    [Fact]
    public async Task AQuestionEmbeddedTwice_ReachesTheModelOnce_AndBatchesPassThrough()
    {
        await using var server = new FakeEmbeddingServer(dimensions: 8);
        using var services = BuildOpenAI(server);
        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        // The retriever embeds the question, then the answer selector asks for the same text.
        var first = await generator.GenerateAsync(["where was trotsky born"]);
        var second = await generator.GenerateAsync(["where was trotsky born"]);
        Assert.Single(server.Requests);
        Assert.Equal(first[0].Vector.ToArray(), second[0].Vector.ToArray());

        await generator.GenerateAsync(["where was trotsky born", "another text"]);
        await generator.GenerateAsync(["where was trotsky born", "another text"]);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task OpenAIProvider_CallsTheConfiguredEndpoint()
    {
        await using var server = new FakeEmbeddingServer(dimensions: 8);
        using var services = BuildOpenAI(server);
        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var embeddings = await generator.GenerateAsync(["first", "second text"]);

        Assert.Equal(2, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal(8, e.Vector.Length));
        var request = Assert.Single(server.Requests);
        Assert.EndsWith("/embeddings", request.Path);
        Assert.Equal("Bearer test-key", request.Authorization);
        Assert.Equal("text-embedding-test", request.Body?["model"]?.GetValue<string>());
        Assert.Equal(new EmbeddingModel("openai/text-embedding-test", 8), services.GetRequiredService<EmbeddingModel>());
        Assert.Equal(8, request.Body?["dimensions"]?.GetValue<int>());
    }

    [Theory]
    [InlineData("OpenAI", "Model")]
    [InlineData("AzureOpenAI", "Endpoint")]
    public void RemoteProvider_MissingSetting_FailsWithAClearMessage(string provider, string missingKey)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Embeddings:Provider"] = provider, ["Embeddings:ApiKey"] = "k" }));

        Assert.Equal($"Missing configuration: Embeddings:{missingKey}. See the README.", error.Message);
    }

    [Fact]
    public void UnknownRemoteModelWithoutDimensions_FailsWithAClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Embeddings:Provider"] = "OpenAI",
            ["Embeddings:ApiKey"] = "k",
            ["Embeddings:Model"] = "my-own-model",
        }));

        Assert.StartsWith("Missing configuration: Embeddings:Dimensions", error.Message);
    }

    [Fact]
    public void AzureProvider_MissingDeployment_FailsWithAClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Embeddings:Provider"] = "AzureOpenAI",
            ["Embeddings:Endpoint"] = "https://example.openai.azure.com/",
        }));

        Assert.Equal("Missing configuration: Embeddings:Deployment. See the README.", error.Message);
    }

    [Fact]
    public void AzureProvider_WithEndpointAndDeployment_RegistersAGenerator()
    {
        using var services = Build(new()
        {
            ["Embeddings:Provider"] = "AzureOpenAI",
            ["Embeddings:Endpoint"] = "https://example.openai.azure.com/",
            ["Embeddings:Deployment"] = "embed",
            ["Embeddings:ApiKey"] = "k",
            ["Embeddings:Model"] = "text-embedding-3-small",
        });

        Assert.NotNull(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Equal(new EmbeddingModel("azureopenai/embed/text-embedding-3-small", 1536), services.GetRequiredService<EmbeddingModel>());
    }
}
