using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Retrieval;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Indexing;

/// <summary>POST /admin/reindex: rebuilds the index from the corpus folder now (only changed text is embedded) and swaps it in.</summary>
public static class ReindexEndpoint
{
    public static async Task<Results<Ok<ReindexResult>, NotFound, UnauthorizedHttpResult, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ICorpusIndex index, IOptions<AdminOptions> options, IHostApplicationLifetime lifetime)
    {
        var key = options.Value.ApiKey;
        if (string.IsNullOrEmpty(key))
        {
            // Off unless configured: an endpoint that could be left open must not exist by default.
            return TypedResults.NotFound();
        }

        if (!Authorized(request, key))
        {
            return TypedResults.Unauthorized();
        }

        try
        {
            // The rebuild is not tied to the request: a client that gives up must not leave a half-done build behind.
            var corpus = await index.ReloadAsync(lifetime.ApplicationStopping);
            return TypedResults.Ok(ReindexResult.Of(corpus));
        }
        catch (Exception) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The rebuild failed",
                detail: $"Index version {index.Current?.Stats.Version} keeps serving; the reason is in the log and in /healthz.");
        }
    }

    private static bool Authorized(HttpRequest request, string key)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(key));
    }
}
