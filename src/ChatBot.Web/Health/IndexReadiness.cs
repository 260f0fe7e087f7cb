namespace ChatBot.Web.Health;

/// <summary>Whether the corpus index has been loaded, so the host can say it is ready for traffic.</summary>
public sealed class IndexReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}
