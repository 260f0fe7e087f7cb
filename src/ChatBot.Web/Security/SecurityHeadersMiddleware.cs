using Microsoft.Extensions.Options;

namespace ChatBot.Web.Security;

/// <summary>Gives every HTML response of the host (the chat page, the source viewer) its Content-Security-Policy and the other security headers.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    private readonly string policy = ContentSecurityPolicy.Build(options.Value);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (response, policy) = ((HttpResponse, string))state;
            response.Headers.XContentTypeOptions = "nosniff";
            if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                response.Headers.ContentSecurityPolicy = policy;
                response.Headers["Referrer-Policy"] = "same-origin";
            }

            return Task.CompletedTask;
        }, (context.Response, policy));
        return next(context);
    }
}
