namespace ChatBot.Web.Tests.WebChat;

/// <summary>A test class over one in-memory <see cref="WebChatTestHost"/> (optionally with settings) and an HTTP client to it.</summary>
public abstract class WebChatHostTestBase(IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected WebChatTestHost Host { get; } = new(settings);

    protected HttpClient Http { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Http = Host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
