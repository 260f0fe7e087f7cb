using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;

namespace ChatBot.Web.Channels;

/// <summary>
/// Makes every connector client the adapter creates share one JSON contract resolver. The adapter makes a new
/// <see cref="ConnectorClient"/> for every turn, and each new client brings a new resolver, so Newtonsoft built and compiled
/// the serializers of Activity and its nested types again for every reply (profiled: the largest cost of a turn besides the
/// answer, see docs/BENCHMARKS.md). The resolver caches contracts and is safe to share between threads.
/// </summary>
public sealed class SharedSerializationConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    private static readonly ReadOnlyJsonContractResolver SharedResolver = new();

    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
        client.SerializationSettings.ContractResolver = SharedResolver;
        client.DeserializationSettings.ContractResolver = SharedResolver;

        // Channels read JSON, not people: indentation only makes every reply larger.
        client.SerializationSettings.Formatting = Formatting.None;
        return client;
    }
}
