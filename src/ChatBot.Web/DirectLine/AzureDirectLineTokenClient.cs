using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.DirectLine;

/// <summary>Exchanges the Direct Line secret for a short-lived token at Azure's Direct Line, on the server, so the secret never reaches a browser.</summary>
public sealed class AzureDirectLineTokenClient(HttpClient http, IOptions<DirectLineOptions> options)
{
    /// <summary>A token bound to <paramref name="userId"/> (so a page cannot speak as another user).</summary>
    /// <exception cref="HttpRequestException">Azure refused or could not be reached.</exception>
    public async Task<DirectLineSession> GenerateAsync(string userId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(EnsureSlash(settings.AzureEndpoint), "tokens/generate"))
        {
            Content = JsonContent.Create(new GenerateRequest(new GenerateUser(userId))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret);

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // The body may echo request details; only the status goes further.
            throw new HttpRequestException($"Direct Line token exchange failed with HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var body = await response.Content.ReadFromJsonAsync<GenerateResponse>(cancellationToken).ConfigureAwait(false);
        if (body?.Token is not { Length: > 0 } token)
        {
            throw new HttpRequestException("Direct Line token exchange returned no token.");
        }

        return new DirectLineSession(body.ConversationId ?? string.Empty, token, body.ExpiresIn ?? 3600, userId);
    }

    private static Uri EnsureSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private sealed record GenerateRequest([property: JsonPropertyName("user")] GenerateUser User);

    private sealed record GenerateUser([property: JsonPropertyName("id")] string Id);

    private sealed record GenerateResponse(
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);
}
