namespace ChatBot.LoadDriver;

/// <summary>An endpoint under load.</summary>
internal interface ILoadTarget
{
    string Name { get; }

    /// <summary>Sends question number <paramref name="sequence"/> from load worker <paramref name="worker"/> and waits for its answer.</summary>
    Task<RequestOutcome> SendAsync(string question, int worker, int sequence, CancellationToken cancellationToken);
}
