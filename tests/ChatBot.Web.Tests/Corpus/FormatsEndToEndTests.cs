using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Core.Tests.Corpus.Formats;
using ChatBot.Web.Tests.Reliability;

namespace ChatBot.Web.Tests.Corpus;

/// <summary>
/// A host on a corpus of a PDF, a Word document, an HTML page and a broken file, all generated here, with the real
/// offline stack: answers cite each format (the PDF with its page), and the source viewer shows each one's text with
/// the cited passage marked.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class FormatsEndToEndTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("chatbot-formats-host-").FullName;
    private ReliabilityHost host = null!;

    public Task InitializeAsync()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(root, "corpus")).FullName;
        File.WriteAllBytes(Path.Combine(corpus, "cooperative.pdf"), GeneratedFiles.Pdf(
            [
                ["History", "", "The Lindholm grain cooperative was founded in 1952 by twelve farmers."],
                ["Silos", "", "The cooperative's concrete silos hold eighteen thousand tonnes of barley."],
            ],
            [("History", 1, 1), ("Silos", 1, 2)],
            title: "Lindholm cooperative"));
        File.WriteAllBytes(Path.Combine(corpus, "handbook.docx"), GeneratedFiles.Docx(
            [("Heading1", "Leave"), (null, "Every employee of the cooperative has twenty-seven days of paid leave.")]));
        File.WriteAllText(Path.Combine(corpus, "harbour.html"),
            "<html><body><nav>Home</nav><h1>Harbour</h1><p>The Lindholm harbour has a slipway for boats under nine metres.</p><script>var x = 1;</script></body></html>");
        File.WriteAllBytes(Path.Combine(corpus, "locked.pdf"), GeneratedFiles.EncryptedPdf());
        host = new ReliabilityHost(new Dictionary<string, string?>
        {
            ["Corpus:Folder"] = corpus,
            ["Index:Folder"] = Path.Combine(root, "index"),
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData("How many tonnes of barley do the silos hold?", "eighteen thousand tonnes", "cooperative.pdf", 2)]
    [InlineData("When was the Lindholm grain cooperative founded?", "1952", "cooperative.pdf", 1)]
    [InlineData("How many days of paid leave does an employee have?", "twenty-seven days", "handbook.docx", null)]
    [InlineData("Which boats can use the slipway of the harbour?", "nine metres", "harbour.html", null)]
    public async Task Answers_cite_each_format_and_the_viewer_shows_the_cited_text(string question, string fact, string file, int? page)
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(answer.RootElement.GetProperty("answered").GetBoolean(), answer.RootElement.ToString());
        Assert.Contains(fact, answer.RootElement.GetProperty("answer").GetString());
        var citation = answer.RootElement.GetProperty("citations").EnumerateArray().First(c => c.GetProperty("quote").GetString()!.Contains(fact));
        Assert.Equal(file, citation.GetProperty("sourceFile").GetString());
        if (page is { } number)
        {
            Assert.Equal(number, citation.GetProperty("page").GetInt32());
            Assert.EndsWith($"(p. {number})", citation.GetProperty("title").GetString());
        }
        else
        {
            Assert.False(citation.TryGetProperty("page", out _));
        }

        var url = citation.GetProperty("url").GetString()!;
        var passageId = citation.GetProperty("passageId").GetString()!;
        var viewer = await client.GetStringAsync(url[..url.IndexOf('#')]);
        Assert.Contains($"id=\"p-{passageId}\"", viewer);
        Assert.Contains($"data-p=\"{passageId}\"", viewer);
        Assert.Contains(fact, viewer);
        Assert.DoesNotContain("var x", viewer);
        if (page is { } shown)
        {
            Assert.Contains($"<p class=\"page\">Page {shown}</p>", viewer);
        }
    }

    [Fact]
    public async Task The_encrypted_pdf_is_reported_in_healthz_and_the_rest_serves()
    {
        using var client = host.CreateClient();
        JsonElement index = default;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var response = await client.GetAsync("/healthz");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                index = health.RootElement.GetProperty("checks").GetProperty("index").Clone();
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal("Degraded", index.GetProperty("status").GetString());
        var problem = Assert.Single(index.GetProperty("data").GetProperty("problems").EnumerateArray());
        Assert.Equal("locked.pdf", problem.GetProperty("file").GetString());
        Assert.Contains("encrypted", problem.GetProperty("message").GetString());
    }
}
