using ChatBot.Core.Answering.Selection;

namespace ChatBot.Web.Health;

/// <summary>
/// Loads the offline answerer's model file when the host starts, so that a missing, corrupt or out-of-date file stops
/// the host with a message naming it (Answering:SelectorModel) instead of failing the first question.
/// </summary>
public sealed class AnswerSelectorCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<AnswerSelector>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
