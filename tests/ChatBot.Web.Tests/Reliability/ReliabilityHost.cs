using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Web.Tests.Reliability;

/// <summary>
/// The real host (Program) in memory with the real offline stack unless a test swaps a service. Limits that would
/// turn a fuzz run into a rate-limit test are raised; everything else is the shipped configuration.
/// </summary>
public sealed class ReliabilityHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    public ReliabilityHost(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var effective = new Dictionary<string, string?>
        {
            ["DirectLine:ConversationsPerMinutePerClient"] = "100000",
            ["Api:AskPerMinutePerClient"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Feedback:Path"] = Path.Combine(Path.GetTempPath(), "chatbot-tests", $"feedback-{Guid.NewGuid():N}.jsonl"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in effective)
            {
                builder.UseSetting(key, value);
            }

            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
    }

    public IServiceProvider Services => factory.Services;

    public HttpClient CreateClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
