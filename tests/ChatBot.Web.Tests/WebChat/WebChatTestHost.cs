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
        // The bot writes absolute source links (Bot:PublicBaseUrl), so a browser test needs the port before the host starts.
        var port = kestrel ? FreeLoopbackPort() : 0;
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("DirectLine:ConversationsPerMinutePerClient", "1000");
            if (kestrel)
            {
                builder.UseSetting("Bot:PublicBaseUrl", $"http://127.0.0.1:{port}");
            }

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

                // Until the bot's host registers its adapter, the tests bring a plain CloudAdapter (authentication disabled).
                s.TryAddSingleton<IBotFrameworkHttpAdapter>(sp =>
                    new CloudAdapter(BotFrameworkAuthenticationFactory.Create(), NullLogger<CloudAdapter>.Instance));
                services?.Invoke(s);
            });
        });

        if (kestrel)
        {
            factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
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

    private static int FreeLoopbackPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
