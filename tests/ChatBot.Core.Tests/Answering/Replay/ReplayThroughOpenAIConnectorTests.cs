using System.Net;
using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Replay;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Answering.Replay;

/// <summary>
/// The replay through the real model path: AddChatBotAnswering with AI:Provider=OpenAICompatible, Semantic Kernel's
/// OpenAI connector and its resilient HttpClient, over HTTP to a local OpenAI-compatible server (127.0.0.1) whose
/// completions are the scripted model's. The prompt the server receives is what a deployed model would receive.
/// </summary>
public sealed class ReplayThroughOpenAIConnectorTests(RealCorpusAnsweringFixture corpus, ITestOutputHelper output) : IClassFixture<RealCorpusAnsweringFixture>
{
    [Fact]
    public async Task Replay_ThroughTheOpenAIConnector_MeetsTheTargets()
    {
        // holdout2: the set written blind and paraphrased like real users (the in-process replay runs all five).
        const string set = "holdout2.jsonl";
        var items = ReplaySets.Read(set)!;
        var people = ReplayPeople.From((await corpus.Index.GetAsync()).Sections);
        var model = new ReplayChatModel(new ReplayScript(people, ReplaySets.Standalone()));
        await using var server = new FakeOpenAIServer((_, body) => Task.FromResult((HttpStatusCode.OK, FakeOpenAIServer.Completion(model.Reply(LastUserMessage(body))))));
        var retriever = new ReplayRetriever(corpus.Retriever);
        await using var provider = Services(server, retriever).BuildServiceProvider();
        var service = provider.GetRequiredService<IAnswerService>();
        Assert.IsType<GenerativeAnswerService>(service);

        var report = await new ReplayEvaluator(service, model, retriever, new AnsweringOptions()).RunAsync(set, items);

        output.WriteLine($"{set} over HTTP: {server.Requests} requests; faithful kept {report.FaithfulKept:0.000}, corrupted reaching the user {report.CorruptedReached:0.000}, swapped names caught {report.SwappedNamesCaught:0.000}, declines honoured {report.DeclinesHonoured:0.000}");
        foreach (var miss in report.Outcomes.Where(o => !o.Succeeded))
        {
            output.WriteLine($"  not ok {miss.ItemId} {miss.Kind}: {miss.Answer}");
        }

        Assert.True(server.Requests >= report.Outcomes.Count, "every replayed answer went through the server");
        Assert.Empty(ReplayFloors.Targets.Violations(report));
    }

    // The request body of the chat completions API: the content of its last user message.
    private static string LastUserMessage(string body)
    {
        using var request = JsonDocument.Parse(body);
        return request.RootElement.GetProperty("messages").EnumerateArray()
            .Last(m => m.GetProperty("role").GetString() == "user")
            .GetProperty("content").GetString() ?? string.Empty;
    }

    private ServiceCollection Services(FakeOpenAIServer server, ReplayRetriever retriever)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AI:Provider"] = "OpenAICompatible",
            ["AI:Endpoint"] = server.BaseUrl,
            ["AI:Model"] = "scripted",
            ["AI:MaxRetries"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IPassageRetriever>(retriever);
        services.AddSingleton(corpus.Index);
        services.AddSingleton(corpus.Get<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>());
        services.AddChatBotAnswering(configuration);
        return services;
    }
}
