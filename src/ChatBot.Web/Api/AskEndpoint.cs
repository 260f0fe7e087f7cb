using Microsoft.AspNetCore.Http.Features;
using ChatBot.Core.Answering;

namespace ChatBot.Web.Api;

/// <summary>POST /api/ask: the answer service over plain JSON, for scripts and other front ends.</summary>
public static class AskEndpoint
{
    /// <summary>A question of 2,000 characters and a long history fit easily; anything larger is refused before parsing.</summary>
    public const int MaxRequestBytes = 256 * 1024;

    public static async Task<IResult> HandleAsync(HttpRequest request, IAnswerService answers, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxRequestBytes)
        {
            return BadRequest("The body is too large; a question may be at most 2,000 characters.");
        }

        var sizeLimit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = MaxRequestBytes;
        }

        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, cancellationToken);
        }
        catch (BadHttpRequestException)
        {
            return BadRequest("The body is too large; a question may be at most 2,000 characters.");
        }

        if (buffer.Length > MaxRequestBytes)
        {
            return BadRequest("The body is too large; a question may be at most 2,000 characters.");
        }

        var (ask, error) = AskRequestReader.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (ask is null)
        {
            return BadRequest(error!);
        }

        var answer = await answers.AskAsync(ask.Question, ask.History, cancellationToken);
        return Results.Json(answer);
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid question", detail: detail);
}
