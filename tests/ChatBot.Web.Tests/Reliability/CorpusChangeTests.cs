using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ChatBot.Web.Tests.Reliability;

/// <summary>
/// The corpus folder changing under a running host: the watcher rebuilds the index in the background and swaps it in
/// whole, so questions are answered from the old index or the new one, never a half-built one, and none fails.
/// Uses a small generated corpus so rebuilding is quick.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class CorpusChangeTests : IDisposable
{
    private const int Harbours = 40;
    private readonly string root = Path.Combine(Path.GetTempPath(), "chatbot-reliability", Guid.NewGuid().ToString("N"));

    private string CorpusFolder => Path.Combine(root, "corpus");

    private string IndexFolder => Path.Combine(root, "index");

    [Fact]
    public async Task Questions_sent_while_the_index_is_being_built_all_get_the_complete_index()
    {
        WriteHarbours("harbours.md", yearOffset: 0);
        await using var host = Host();
        using var client = host.CreateClient();

        // Fired at once, while the start-up build (read, chunk, embed) is still running.
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => AskAsync(client, Question(i % Harbours))));

        for (var i = 0; i < answers.Length; i++)
        {
            Assert.True(answers[i].Answered, answers[i].Text);
            Assert.Contains(Year(i % Harbours, 0), answers[i].Text);
        }
    }

    [Fact]
    public async Task Files_added_edited_and_deleted_under_a_running_host_are_answered_from_after_the_swap_and_no_request_fails()
    {
        WriteHarbours("harbours.md", yearOffset: 0);
        await using var running = Host();
        using var client = running.CreateClient();
        Assert.True((await AskAsync(client, Question(0))).Answered);
        var startVersion = await IndexVersionAsync(client);

        // Questions keep coming from another task for the whole test; each must succeed from the old or the new index.
        using var stop = new CancellationTokenSource();
        var background = Task.Run(async () =>
        {
            var results = new List<(int Harbour, (bool Answered, string Text) Answer)>();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                results.Add((i % Harbours, await AskAsync(client, Question(i % Harbours))));
            }

            return results;
        });

        // Added: a new file is answered from.
        WriteFile("lighthouses.md", "# Lighthouses\n\n## Cape Wrath\n\nThe Cape Wrath lighthouse was first lit in 1828 by Robert Stevenson.\n");
        await EventuallyAsync(client, Lighthouse, a => a.Text.Contains("1828"));
        var afterAdd = await IndexVersionAsync(client);
        Assert.True(afterAdd > startVersion);

        // Edited: once the edit is served, every answer has the new text (none is stale).
        WriteHarbours("harbours.md", yearOffset: 100);
        await EventuallyAsync(client, Question(0), a => a.Text.Contains(Year(0, 100)));
        for (var i = 0; i < Harbours; i++)
        {
            var answer = await AskAsync(client, Question(i));
            Assert.True(answer.Answered, answer.Text);
            Assert.Contains(Year(i, 100), answer.Text);
            Assert.DoesNotContain(Year(i, 0), answer.Text);
        }

        // Deleted: the file is no longer answered from.
        File.Delete(Path.Combine(CorpusFolder, "lighthouses.md"));
        await EventuallyAsync(client, Lighthouse, a => !a.Text.Contains("1828"));

        stop.Cancel();
        var during = await background;
        Assert.NotEmpty(during);
        foreach (var (harbour, answer) in during)
        {
            Assert.True(answer.Answered, answer.Text);
            Assert.True(answer.Text.Contains(Year(harbour, 0)) || answer.Text.Contains(Year(harbour, 100)), answer.Text);
        }

        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        var index = health.RootElement.GetProperty("checks").GetProperty("index").GetProperty("data");
        Assert.True(index.GetProperty("version").GetInt32() >= afterAdd + 2);
        Assert.True(index.GetProperty("builtAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task An_unreadable_file_is_reported_in_healthz_and_the_rest_of_the_corpus_still_serves()
    {
        WriteHarbours("harbours.md", yearOffset: 0);
        await using var running = Host();
        using var client = running.CreateClient();
        var before = await IndexVersionAsync(client);

        await File.WriteAllBytesAsync(Path.Combine(CorpusFolder, "broken.md"), [0x23, 0x20, 0xC3, 0x28, 0x0A]);
        JsonElement index = default;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
            index = health.RootElement.GetProperty("checks").GetProperty("index").Clone();
            if (index.GetProperty("data").GetProperty("version").GetInt32() > before)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal("Degraded", index.GetProperty("status").GetString());
        var problem = Assert.Single(index.GetProperty("data").GetProperty("problems").EnumerateArray());
        Assert.Equal("broken.md", problem.GetProperty("file").GetString());
        Assert.Contains("UTF-8", problem.GetProperty("message").GetString());
        var answer = await AskAsync(client, Question(3));
        Assert.Contains(Year(3, 0), answer.Text);
    }

    private const string Lighthouse = "When was the Cape Wrath lighthouse first lit?";

    private static async Task<int> IndexVersionAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync("/healthz");
            if (response.StatusCode == HttpStatusCode.OK || attempt > 600)
            {
                using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                return health.RootElement.GetProperty("checks").GetProperty("index").GetProperty("data").GetProperty("version").GetInt32();
            }

            await Task.Delay(100);
        }
    }

    // A change is picked up after the debounce and a rebuild; 60 s bounds it on a loaded machine.
    private static async Task EventuallyAsync(HttpClient client, string question, Func<(bool Answered, string Text), bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        (bool Answered, string Text) answer;
        do
        {
            answer = await AskAsync(client, question);
            if (done(answer))
            {
                return;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"After 60 s, '{question}' still got: {answer.Text}");
    }

    private ReliabilityHost Host() => new(new Dictionary<string, string?>
    {
        ["Corpus:Folder"] = CorpusFolder,
        ["Index:Folder"] = IndexFolder,
        ["Corpus:WatchDebounceMilliseconds"] = "200",
    });

    // Written to a temporary name and renamed, as editors and deploy tools do, so the watcher never reads half a file.
    private void WriteFile(string file, string text)
    {
        Directory.CreateDirectory(CorpusFolder);
        var path = Path.Combine(CorpusFolder, file);
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private void WriteHarbours(string file, int yearOffset)
    {
        Directory.CreateDirectory(CorpusFolder);
        var text = new StringBuilder("# Harbours of the North Sea\n\n");
        for (var i = 0; i < Harbours; i++)
        {
            text.Append($"## {Name(i)}\n\n")
                .Append($"The harbour of {Name(i)} opened in {Year(i, yearOffset)}. ")
                .Append($"Its first harbour master was {Name(i)} Smith, who kept the quay for {10 + i} years. ")
                .Append("Fishing boats and small traders used it through the winter.\n\n");
        }

        WriteFile(file, text.ToString());
    }

    private static string Name(int i) => $"Port {(char)('A' + (i % 26))}{(char)('a' + (i / 26))}ville";

    private static string Year(int i, int offset) => (1700 + (i * 2) + offset).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Question(int i) => $"When did the harbour of {Name(i)} open?";

    private static async Task<(bool Answered, string Text)> AskAsync(HttpClient client, string question)
    {
        using var response = await client.PostAsJsonAsync("/api/ask", new { question });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (answer.RootElement.GetProperty("answered").GetBoolean(), answer.RootElement.GetProperty("answer").GetString() ?? "");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
