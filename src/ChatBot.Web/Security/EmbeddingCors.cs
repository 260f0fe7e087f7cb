using Microsoft.AspNetCore.Cors.Infrastructure;

namespace ChatBot.Web.Security;

/// <summary>The CORS policy of the endpoints an embedding site's page calls (token, Direct Line): only the configured origins.</summary>
public static class EmbeddingCors
{
    public const string PolicyName = "Embedding";

    /// <summary>Adds the policy allowing <paramref name="origins"/> to POST and GET with an Authorization header.</summary>
    public static void AddPolicy(CorsOptions cors, IEnumerable<string> origins) =>
        cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins(origins.Select(o => o.TrimEnd('/')).ToArray())
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type")
            .SetPreflightMaxAge(TimeSpan.FromHours(1)));
}
