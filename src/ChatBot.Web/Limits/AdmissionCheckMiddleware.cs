namespace ChatBot.Web.Limits;

/// <summary>Runs the endpoint's <see cref="AdmissionCheck"/>, if it has one, between routing and the rate limiter.</summary>
public sealed class AdmissionCheckMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<AdmissionCheck>() is { } check
            && await check.CheckAsync(context).ConfigureAwait(false) is { } rejection)
        {
            await rejection.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
