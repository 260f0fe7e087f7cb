using System.Net;
using ChatBot.Core.Answering;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Core.Tests.Answering;

/// <summary>The full registration (AddChatBotAnswering) against a fake OpenAI-compatible server: retries, timeouts, fallback.</summary>
public sealed class OpenAICompatibleEndpointTests
{
    private const string Question = "Where was Trotsky born?";
    private static readonly string GoodReply = FakeOpenAIServer.Completion("Trotsky was born in Yanovka in 1879 [1].");
    private static readonly string RateLimited = """{"error":{"message":"Rate limit reached","type":"rate_limit"}}""";

    [Fact]
    public async Task AskAsync_ServerAnswersWithCitations_ReturnsVerifiedModelAnswer()
    {
        await using var server = new FakeOpenAIServer((_, _) => Task.FromResult((HttpStatusCode.OK, GoodReply)));

        var answer = await AskAsync(server);

        Assert.Null(answer.Notice);
        Assert.Equal("Trotsky was born in Yanovka in 1879 [1].", answer.Text);
        Assert.Equal("p-birth", Assert.Single(answer.Citations).PassageId);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task AskAsync_RateLimitedOnceThenSuccess_RetriesAndReturnsModelAnswer()
    {
        await using var server = new FakeOpenAIServer((n, _) => Task.FromResult(n == 1 ? (HttpStatusCode.TooManyRequests, RateLimited) : (HttpStatusCode.OK, GoodReply)));

        var answer = await AskAsync(server);

        Assert.Null(answer.Notice);
        Assert.True(answer.Answered);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task AskAsync_AlwaysRateLimited_FallsBackToOfflineWithNotice()
    {
        await using var server = new FakeOpenAIServer((_, _) => Task.FromResult((HttpStatusCode.TooManyRequests, RateLimited)));

        var answer = await AskAsync(server);

        Assert.Equal(GenerativeAnswerService.UnavailableNotice, answer.Notice);
        Assert.Contains("Yanovka", answer.Text, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests); // the first attempt and two retries
    }

    [Fact]
    public async Task AskAsync_ServerError_FallsBackToOfflineWithNotice()
    {
        await using var server = new FakeOpenAIServer((_, _) => Task.FromResult((HttpStatusCode.InternalServerError, """{"error":{"message":"internal"}}""")));

        var answer = await AskAsync(server);

        Assert.Equal(GenerativeAnswerService.UnavailableNotice, answer.Notice);
        Assert.True(answer.Answered);
        Assert.DoesNotContain("internal", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AskAsync_ServerStalls_FallsBackWithinTheTimeout()
    {
        await using var server = new FakeOpenAIServer(async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
            return (HttpStatusCode.OK, GoodReply);
        });

        var started = DateTime.UtcNow;
        var answer = await AskAsync(server);

        Assert.Equal(GenerativeAnswerService.UnavailableNotice, answer.Notice);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), "the answer must not wait for the stalled server");
    }

    [Fact]
    public async Task AskAsync_NothingListening_FallsBackToOfflineWithNotice()
    {
        var server = new FakeOpenAIServer((_, _) => Task.FromResult((HttpStatusCode.OK, GoodReply)));
        await server.DisposeAsync();

        var answer = await AskAsync(server);

        Assert.Equal(GenerativeAnswerService.UnavailableNotice, answer.Notice);
    }

    [Theory]
    [InlineData("OpenAICompatible", null, "m", "AI:Endpoint")]
    [InlineData("OpenAICompatible", "http://127.0.0.1:1/v1", null, "AI:Model")]
    [InlineData("AzureOpenAI", null, null, "AI:Endpoint")]
    [InlineData("OpenAI", null, "gpt", "AI:ApiKey")]
    public void AddChatBotAnswering_MissingSetting_ThrowsPointingToTheReadme(string provider, string? endpoint, string? model, string missing)
    {
        var configuration = Configuration(new() { ["AI:Provider"] = provider, ["AI:Endpoint"] = endpoint, ["AI:Model"] = model });

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddChatBotAnswering(configuration));

        Assert.Equal($"Missing configuration: {missing}. See the README.", error.Message);
    }

    [Fact]
    public void AddChatBotAnswering_NoProvider_RegistersTheOfflineAnswerer()
    {
        using var provider = Services(Configuration([])).BuildServiceProvider();

        Assert.IsType<OfflineAnswerService>(provider.GetRequiredService<IAnswerService>());
    }

    private static async Task<Answer> AskAsync(FakeOpenAIServer server)
    {
        var configuration = Configuration(new()
        {
            ["AI:Provider"] = "OpenAICompatible",
            ["AI:Endpoint"] = server.BaseUrl,
            ["AI:Model"] = "test-model",
            ["AI:TimeoutSeconds"] = "4",
            ["AI:AttemptTimeoutSeconds"] = "2",
            ["AI:MaxRetries"] = "2",
            ["AI:RetryBaseDelaySeconds"] = "0.05",
        });
        await using var provider = Services(configuration).BuildServiceProvider();
        return await provider.GetRequiredService<IAnswerService>().AskAsync(Question, []);
    }

    private static IServiceCollection Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var embeddings = new ChatBot.Core.Tests.Retrieval.HashingEmbeddingGenerator(64);
        services.AddSingleton<IPassageRetriever>(new FakePassageRetriever(TestPassages.Three));
        services.AddSingleton<ICorpusIndex>(FixedCorpusIndex.Of(TestPassages.Three, embeddings));
        services.AddSingleton<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>(embeddings);
        return services.AddChatBotAnswering(configuration);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
