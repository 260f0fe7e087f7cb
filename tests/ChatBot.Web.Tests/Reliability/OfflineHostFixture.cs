namespace ChatBot.Web.Tests.Reliability;

/// <summary>One host with the real offline stack (shipped configuration) and a channel stand-in, shared by the bad-input tests.</summary>
public sealed class OfflineHostFixture : IAsyncLifetime
{
    public ReliabilityHost Host { get; } = new(new Dictionary<string, string?> { ["DirectLine:PollsPerSecond"] = "1000" });

    public ReplyRecorder Channel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await ReplyRecorder.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
