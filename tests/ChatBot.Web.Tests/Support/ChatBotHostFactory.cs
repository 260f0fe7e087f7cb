using ChatBot.Core.Answering;
using ChatBot.Core.Retrieval;
using ChatBot.Web.Tests.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatBot.Web.Tests.Support;

/// <summary>The real host with a fake answer service and corpus index (no MiniLM), and extra settings per test.</summary>
public sealed class ChatBotHostFactory(IReadOnlyDictionary<string, string?>? settings = null, FakeCorpusIndex? index = null)
    : WebApplicationFactory<Program>
{
    public FakeAnswerService Answers { get; } = new();

    public FakeCorpusIndex Index { get; } = index ?? new FakeCorpusIndex();

    public RecordingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var effective = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["State:Provider"] = "Memory",
            // Feedback a test sends goes to a file of its own, never to the repository's .chatbot/.
            ["Feedback:Path"] = Path.Combine(Path.GetTempPath(), "chatbot-tests", $"feedback-{Guid.NewGuid():N}.jsonl"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(effective));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IAnswerService>();
            services.RemoveAll<ICorpusIndex>();
            services.AddSingleton<IAnswerService>(Answers);
            services.AddSingleton<ICorpusIndex>(Index);
        });
    }
}
