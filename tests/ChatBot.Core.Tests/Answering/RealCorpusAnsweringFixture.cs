using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Answering.Selection.Training;
using ChatBot.Core.Configuration;
using ChatBot.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Core.Tests.Answering;

/// <summary>
/// The shipped offline stack over the repository's corpus (default settings, MiniLM embeddings, hybrid retrieval, the
/// committed selector), built once for every test in <see cref="RealCorpusCollection"/>. The index snapshot lives in a
/// temporary folder shared by test runs (it is keyed by content, so a stale one is never used).
/// </summary>
public sealed class RealCorpusAnsweringFixture : IDisposable
{
    private readonly ServiceProvider services;
    private readonly Lazy<Task<IReadOnlyList<LabelledQuestion>>> labelled;

    public RealCorpusAnsweringFixture()
    {
        // The options' defaults are the shipped settings (appsettings.json repeats them).
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Index:Folder"] = Path.Combine(Path.GetTempPath(), "chatbot-core-tests", "index"),
            })
            .Build();
        var collection = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        collection.AddChatBotRetrieval(configuration);
        collection.AddChatBotAnswering(configuration);
        services = collection.BuildServiceProvider();
        labelled = new(() => BuildLabelledAsync());
    }

    public OfflineAnswerService Answerer => services.GetRequiredService<OfflineAnswerService>();

    /// <summary>Any service of the shipped registration.</summary>
    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public IPassageRetriever Retriever => services.GetRequiredService<IPassageRetriever>();

    public ICorpusIndex Index => services.GetRequiredService<ICorpusIndex>();

    public SelectorInputBuilder Inputs => services.GetRequiredService<SelectorInputBuilder>();

    public AnswerComposer Composer => services.GetRequiredService<AnswerComposer>();

    public AnswerSelector Selector => services.GetRequiredService<AnswerSelector>();

    public int MaxAnswerSentences => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AnsweringOptions>>().Value.MaxAnswerSentences;

    /// <summary>The selector's input for every item of the labelled sets (LabelledSets.Default), built once.</summary>
    public Task<IReadOnlyList<LabelledQuestion>> LabelledAsync() => labelled.Value;

    public void Dispose() => services.Dispose();

    private async Task<IReadOnlyList<LabelledQuestion>> BuildLabelledAsync()
    {
        var errors = new List<string>();
        var questions = await LabelledSets.BuildAsync(Inputs, LabelledSets.Default, errors, CancellationToken.None);
        Assert.Empty(errors);
        return questions;
    }
}

/// <summary>Tests over the real corpus share one <see cref="RealCorpusAnsweringFixture"/> (building it embeds the corpus once).</summary>
[CollectionDefinition(Name)]
public sealed class RealCorpusCollection : ICollectionFixture<RealCorpusAnsweringFixture>
{
    public const string Name = "real corpus";
}
