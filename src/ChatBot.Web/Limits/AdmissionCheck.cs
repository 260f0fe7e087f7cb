namespace ChatBot.Web.Limits;

/// <summary>
/// Endpoint metadata: a check of the request (token, size, shape) that runs before the rate limiter, so a request it
/// rejects (401, 403, 400, 413) uses none of the caller's allowance. What it read is left for the endpoint in the request's features.
/// </summary>
/// <param name="CheckAsync">Returns the rejection to send, or null to let the request through.</param>
public sealed record AdmissionCheck(Func<HttpContext, ValueTask<IResult?>> CheckAsync);
