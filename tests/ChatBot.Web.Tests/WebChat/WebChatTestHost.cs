using System.Net;
using ChatBot.Core.Answering;
using ChatBot.Core.Retrieval;
using ChatBot.Web.Sources;
using ChatBot.Web.Tests.Sources;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Web.Tests.WebChat;

/// <summary>The real host (Program) with the fake answer service, bot and source catalog; in memory, or on Kestrel at 127.0.0.1 for a browser.</summary>
public sealed class WebChatTestHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    /// <param name="realStack">
    /// The real offline retrieval and answerer over the real corpus (and the real bot once the host registers one) instead of
    /// the fake answer service, bot and source catalog.
    /// </param>
    public WebChatTestHost(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool kestrel = false, bool realStack = false)
    {
        // No public address is configured: the bot's absolute source links come from the address each request came in on,
        // so a browser test on a random port gets links to that port.
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("DirectLine:ConversationsPerMinutePerClient", "1000");

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            if (realStack)
            {
                builder.ConfigureServices((context, s) =>
                {
                    if (!s.Any(d => d.ServiceType == typeof(IAnswerService)))
                    {
                        s.AddChatBotRetrieval(context.Configuration);
                        s.AddChatBotAnswering(context.Configuration);
                    }
                });
            }

            builder.ConfigureTestServices(s =>
            {
                if (!realStack)
                {
                    s.AddSingleton<IAnswerService, FakeAnswerService>();
                    s.AddSingleton<ISourceCatalog, FakeSourceCatalog>();
                    s.AddSingleton<ChatBot.Core.Retrieval.ICorpusIndex, SourceCatalogCorpusIndex>();
                }

                if (!realStack || !s.Any(d => d.ServiceType == typeof(IBot)))
                {
                    s.AddTransient<IBot, FakeCitingBot>();
                }

                services?.Invoke(s);
            });
        });

        if (kestrel)
        {
            factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            ServerAddress = new Uri(addresses.Addresses.First());
        }
    }

    /// <summary>Address of the Kestrel server (only with kestrel: true).</summary>
    public Uri? ServerAddress { get; }

    public IServiceProvider Services => factory.Services;

    public HttpClient CreateClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
