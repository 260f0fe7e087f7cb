using Microsoft.AspNetCore.Cors.Infrastructure;

namespace ChatBot.Web.WebChat;

/// <summary>The CORS policy of the token and Direct Line endpoints: only the configured origins (the page itself needs none).</summary>
public static class WebChatCors
{
    public const string PolicyName = "WebChat";

    /// <summary>Adds the policy allowing <paramref name="options"/>' origins to POST and GET with an Authorization header.</summary>
    public static void AddPolicy(CorsOptions cors, WebChatOptions options) =>
        cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins(options.AllowedOrigins.Select(o => o.TrimEnd('/')).ToArray())
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type")
            .SetPreflightMaxAge(TimeSpan.FromHours(1)));
}
