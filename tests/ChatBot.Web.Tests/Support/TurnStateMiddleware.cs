using Microsoft.Bot.Builder;

namespace ChatBot.Web.Tests.Support;

/// <summary>Puts a value in every turn's state, as the host's channel endpoints put the turn's <c>ReplyLinks</c>.</summary>
public sealed class TurnStateMiddleware<T>(T value) : Microsoft.Bot.Builder.IMiddleware
    where T : class
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.TurnState.Set(value);
        return next(cancellationToken);
    }
}
