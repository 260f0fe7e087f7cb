using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ChatBot.Web.Tests.Reliability;

/// <summary>
/// The corpus folder changing under a running host: queries never see a half-built index. The index is loaded once
/// per process (no reload on change), so a running host keeps answering from its complete index while files are
/// rewritten, and the next start rebuilds from the changed corpus. Uses a small generated corpus so rebuilding is quick.
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
    public async Task Rewriting_the_corpus_while_the_host_runs_keeps_the_complete_index_and_a_restart_rebuilds_it()
    {
        WriteHarbours("harbours.md", yearOffset: 0);
        await using (var running = Host())
        {
            using var client = running.CreateClient();
            Assert.True((await AskAsync(client, Question(0))).Answered);

            // Queries keep coming while the file is truncated mid-sentence, a new file appears, and the rewrite completes.
            using var writing = new CancellationTokenSource();
            var queries = Task.Run(async () =>
            {
                var results = new List<(int Harbour, (bool Answered, string Text) Answer)>();
                for (var i = 0; !writing.IsCancellationRequested || i < 20; i++)
                {
                    results.Add((i % Harbours, await AskAsync(client, Question(i % Harbours))));
                }

                return results;
            });
            var full = File.ReadAllText(Path.Combine(CorpusFolder, "harbours.md"));
            File.WriteAllText(Path.Combine(CorpusFolder, "harbours.md"), full[..(full.Length / 2)]);
            await Task.Delay(200);
            File.WriteAllText(Path.Combine(CorpusFolder, "lighthouses.md"), "# Lighthouses\n\n## Cape Wrath\n\nThe Cape Wrath lighthouse was first lit in 1828 by Robert Stevenson.\n");
            await Task.Delay(200);
            WriteHarbours("harbours.md", yearOffset: 100);
            await Task.Delay(200);
            writing.Cancel();

            foreach (var (harbour, answer) in await queries)
            {
                Assert.True(answer.Answered, answer.Text);
                Assert.Contains(Year(harbour, 0), answer.Text); // the complete index the host started with
            }
        }

        await using var restarted = Host();
        using var restartedClient = restarted.CreateClient();
        var rebuilt = await AskAsync(restartedClient, Question(Harbours - 1));
        Assert.True(rebuilt.Answered, rebuilt.Text);
        Assert.Contains(Year(Harbours - 1, 100), rebuilt.Text);
        var added = await AskAsync(restartedClient, "When was the Cape Wrath lighthouse first lit?");
        Assert.Contains("1828", added.Text);
    }

    private ReliabilityHost Host() => new(new Dictionary<string, string?>
    {
        ["Corpus:Folder"] = CorpusFolder,
        ["Index:Folder"] = IndexFolder,
    });

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

        // Write to a temporary name and rename, as an editor would; the truncation step above is the torn write.
        var path = Path.Combine(CorpusFolder, file);
        File.WriteAllText(path + ".tmp", text.ToString());
        File.Move(path + ".tmp", path, overwrite: true);
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
