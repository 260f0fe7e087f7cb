using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.Support;

/// <summary>
/// A stand-in for a Bot Framework channel on 127.0.0.1 and a random port: records the activities the bot posts to
/// /v3/conversations/{id}/activities[/{replyToId}] and publishes OpenID metadata with one trusted signing key, so
/// tests can sign channel tokens the bot accepts (and forge ones it must not); see <see cref="AllowPlainHttpMetadata"/>.
/// </summary>
public sealed class RecordingChannel : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";

    private readonly WebApplication _app;

    private RecordingChannel(WebApplication app, RSA trustedKey)
    {
        _app = app;
        TrustedKey = new RsaSecurityKey(trustedKey) { KeyId = "trusted-key" };
    }

    public ConcurrentQueue<RecordedActivity> Received { get; } = new();

    /// <summary>The key whose public half the metadata publishes.</summary>
    public RsaSecurityKey TrustedKey { get; }

    /// <summary>With a trailing slash, as channels send it.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public string OpenIdMetadataUrl => ServiceUrl + "openid/.well-known/openidconfiguration";

    public IReadOnlyList<RecordedActivity> Messages => Received.Where(a => a.Type == "message").ToList();

    public static async Task<RecordingChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var channel = new RecordingChannel(app, RSA.Create(2048));

        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, string replyToId, HttpRequest request) =>
            channel.RecordAsync(conversationId, replyToId, request));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request) =>
            channel.RecordAsync(conversationId, null, request));
        app.MapGet("/openid/.well-known/openidconfiguration", () => Results.Text(channel.OpenIdConfiguration(), "application/json"));
        app.MapGet("/openid/keys", () => Results.Text(channel.KeySet(), "application/json"));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        channel.ServiceUrl = address.TrimEnd('/') + "/";
        return channel;
    }

    /// <summary>
    /// Lets the Bot Framework read this channel's metadata over plain HTTP. Its token validator fetches metadata through
    /// a private static HttpClient that insists on HTTPS and cannot be swapped, and caches one configuration manager per
    /// metadata URL; seeding that cache with a manager whose retriever allows HTTP keeps every other step of the
    /// validation (issuer, audience, lifetime, signature, endorsements) the library's own.
    /// </summary>
    public void AllowPlainHttpMetadata()
    {
        var field = typeof(JwtTokenExtractor).GetField("_openIdMetadataCache", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("Microsoft.Bot.Connector changed: JwtTokenExtractor._openIdMetadataCache is gone.");
        var cache = (ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>>)field.GetValue(null)!;
        cache[OpenIdMetadataUrl] = new ConfigurationManager<OpenIdConnectConfiguration>(
            OpenIdMetadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = false });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> RecordAsync(string conversationId, string? replyToId, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var activity = JObject.Parse(await reader.ReadToEndAsync());
        var assignedId = Guid.NewGuid().ToString("N");
        Received.Enqueue(new RecordedActivity(conversationId, replyToId, activity, request.Headers.Authorization.ToString()) { AssignedId = assignedId });
        return Results.Json(new { id = assignedId });
    }

    private string OpenIdConfiguration() => new JObject
    {
        ["issuer"] = ChannelIssuer,
        ["authorization_endpoint"] = ServiceUrl + "openid/authorize",
        ["jwks_uri"] = ServiceUrl + "openid/keys",
        ["id_token_signing_alg_values_supported"] = new JArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JArray("private_key_jwt"),
    }.ToString();

    private string KeySet()
    {
        var parameters = TrustedKey.Rsa.ExportParameters(includePrivateParameters: false);
        return new JObject
        {
            ["keys"] = new JArray(new JObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = TrustedKey.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JArray("msteams", "webchat", "directline", "emulator"),
            }),
        }.ToString();
    }
}
