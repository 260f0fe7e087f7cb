using System.Net;
using System.Text;
using ChatBot.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Web.Tests.EndToEnd;

/// <summary>
/// The host as shipped: real corpus, local MiniLM embeddings and the offline answerer, no fakes. Builds the index into a
/// temporary folder first (about a minute on two cores), so it is one test that checks the whole path.
/// </summary>
public sealed class OfflineStackTests : IAsyncLifetime
{
    private readonly string _indexFolder = Directory.CreateTempSubdirectory("chatbot-e2e-index-").FullName;
    private RecordingChannel _channel = null!;
    private WebApplicationFactory<Program> _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await RecordingChannel.StartAsync();
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = string.Empty,
                ["AI:Provider"] = "Offline",
                ["Index:Folder"] = _indexFolder,
                ["Answering:PublicBaseUrl"] = "https://chatbot.example.org",
            }));
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
        Directory.Delete(_indexFolder, recursive: true);
    }

    [Fact]
    public async Task TeamsQuestion_IsAnsweredFromTheCorpusWithAValidCitationEntity()
    {
        using var client = _host.CreateClient();
        var ready = HttpStatusCode.ServiceUnavailable;
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(5) && ready != HttpStatusCode.OK; waited += TimeSpan.FromSeconds(1))
        {
            ready = (await client.GetAsync("/healthz")).StatusCode;
            if (ready != HttpStatusCode.OK)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        Assert.Equal(HttpStatusCode.OK, ready);

        var response = await client.PostAsync("/api/messages", new StringContent(
            ChannelActivities.TeamsPersonal(_channel.ServiceUrl, "Who let Trotsky into Norway?", "e2e-1"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = _channel.Messages.Single().Activity;
        Assert.Contains("[1]", (string)reply["text"]!);
        Assert.Contains("Trygve Lie", (string)reply["text"]!);
        var entity = CitationEntityRules.AssertValid(reply);
        Assert.StartsWith("https://chatbot.example.org/sources/leon-trotsky/", (string)entity["citation"]![0]!["appearance"]!["url"]!);
    }
}
