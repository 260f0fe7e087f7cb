using System.Net;
using ChatBot.Web.Tests.Fakes;
using ChatBot.Web.Tests.Support;

namespace ChatBot.Web.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_Is503WhileTheIndexLoads_And200OnceItIsLoaded()
    {
        var index = new FakeCorpusIndex(loaded: false);
        await using var host = new ChatBotHostFactory(index: index);
        using var client = host.CreateClient();

        var loading = await client.GetAsync("/healthz");
        index.Loaded.SetResult();
        var ready = await PollAsync(client, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready);
    }

    private static async Task<HttpStatusCode> PollAsync(HttpClient client, HttpStatusCode wanted)
    {
        var status = HttpStatusCode.NotFound;
        for (var attempt = 0; attempt < 100 && status != wanted; attempt++)
        {
            status = (await client.GetAsync("/healthz")).StatusCode;
            if (status != wanted)
            {
                await Task.Delay(50);
            }
        }

        return status;
    }
}
