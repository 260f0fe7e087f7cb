using BenchmarkDotNet.Attributes;
using ChatBot.Core.Answering;
using ChatBot.Web.Rendering;

namespace ChatBot.Benchmarks;

/// <summary>Turning an answer into the reply activity for Teams and for Web Chat: marker renumbering, the schema.org citation entity, reference definitions.</summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
[MedianColumn]
public class RenderingBenchmarks
{
    private static readonly ReplyChannel Teams = new("msteams", "personal");
    private static readonly ReplyChannel WebChat = new("webchat", null);

    private static readonly ReplyLinks Links = new(new Uri("https://bot.example.org/"));

    private readonly AnswerActivityRenderer renderer = new();
    private Answer answer = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A typical offline answer: three cited sentences over two passages.
        var citations = Enumerable.Range(1, 2).Select(i => new Citation(
            i,
            $"leon-trotsky/section-{i}",
            $"Encyclopedia › After the Russian Revolution › Exile (1929–1940) {i}",
            $"Exile (1929–1940) {i}",
            "Having obtained permission from then-Justice Minister Trygve Lie to enter the country, Trotsky became a guest of Konrad Knudsen near Oslo.",
            "leon-trotsky.txt",
            1000 * i,
            1000 * i + 600,
            $"/sources/leon-trotsky/section-{i}#p-{i:x16}",
            $"{i:x16}")).ToArray();
        answer = new Answer(
            "After weighing alternatives, he moved to Norway [1]. Trotsky became a guest of Konrad Knudsen near Oslo [1]. "
            + "Knudsen was a socialist newspaper editor [2].",
            true,
            citations);
    }

    [Benchmark]
    public object RenderForTeams() => renderer.Render(answer, Teams, Links);

    [Benchmark]
    public object RenderForWebChat() => renderer.Render(answer, WebChat, Links);
}
