using System.Text.Json;

namespace ChatBot.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"chatbot-eval-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(file);

    [Fact]
    public async Task Json_ReportsRecallAndMrrPerMode_SkippingUnanswerables()
    {
        // The fake ranks title-word matches first: q1 hits at rank 1, q2 (gold is the glossary entry) at rank 1,
        // the follow-up q3 finds "Epilogue" through its history at rank 1, q4's gold "Exile" is never retrieved.
        await File.WriteAllLinesAsync(file,
        [
            """{"id":"q1","question":"tell me about his childhood and family","kind":"fact","answer":"","must_include":[],"gold_sections":["Childhood and family (1879–1895)"],"evidence":""}""",
            """{"id":"q2","question":"who edited Novy Mir?","kind":"glossary","answer":"","must_include":[],"gold_sections":["glossary:Novy Mir (1916 magazine)"],"evidence":""}""",
            """{"id":"q3","question":"and where is he now?","kind":"followup","history":["what happens in the Epilogue"],"answer":"","must_include":[],"gold_sections":["Epilogue"],"evidence":""}""",
            """{"id":"q4","question":"where did he go in exile?","kind":"place","answer":"","must_include":[],"gold_sections":["Exile (1929–1940)"],"evidence":""}""",
            """{"id":"q5","question":"what did his father die of?","kind":"unanswerable","answer":"","must_include":[],"gold_sections":[],"evidence":""}""",
        ]);
        var retriever = new FakeRetriever();

        var (exitCode, output, _) = await CliRunner.RunAsync(retriever, "", "eval", file, "--json");

        Assert.Equal(0, exitCode);
        var suite = JsonDocument.Parse(output).RootElement.GetProperty("suites")[0];
        Assert.Equal("retrieval", suite.GetProperty("name").GetString());
        Assert.Equal(["keyword", "vector", "hybrid"], suite.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var rows = suite.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("metric").GetString()!, r => r.GetProperty("values")[2].GetDouble());
        Assert.Equal(0.75, rows["Recall@1"], 6);
        Assert.Equal(0.75, rows["Recall@5"], 6);
        Assert.Equal(0.75, rows["MRR"], 6);
        Assert.Contains(retriever.Calls, c => c.Query == "what happens in the Epilogue and where is he now?");
        // The retrieval suite (keyword, vector, hybrid runs) skips unanswerables; the answer suite asks them (hybrid only) to count declines.
        Assert.DoesNotContain(retriever.Calls, c => c.Query.Contains("father") && c.Mode != ChatBot.Core.Retrieval.RetrievalMode.Hybrid);
        Assert.Equal("answers", JsonDocument.Parse(output).RootElement.GetProperty("suites")[1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Text_PrintsTheModesSideBySide()
    {
        await File.WriteAllLinesAsync(file,
        [
            """{"id":"q1","question":"Epilogue","kind":"fact","answer":"","must_include":[],"gold_sections":["Epilogue"],"evidence":""}""",
        ]);

        var (exitCode, output, _) = await CliRunner.RunAsync(new FakeRetriever(), "", "eval", file);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"keyword\s+vector\s+hybrid", output);
        Assert.Matches(@"Recall@5\s+1\.000\s+1\.000\s+1\.000", output);
    }

    [Fact]
    public async Task Replay_PrintsKeptCaughtAndHonouredPerKind()
    {
        await File.WriteAllLinesAsync(file,
        [
            """{"id":"q1","question":"where is trotsky buried?","kind":"place","answer":"Trotsky is buried in the garden of his house in Coyoacán.","must_include":["Coyoacán"],"gold_sections":["Epilogue"],"evidence":"buried in the garden of his house"}""",
            """{"id":"q2","question":"what did his father die of?","kind":"unanswerable","answer":"","must_include":[],"gold_sections":[],"evidence":""}""",
        ]);

        var (exitCode, output, _) = await CliRunner.RunAsync(new FakeRetriever(), "", "eval", file, "--replay");

        Assert.Equal(0, exitCode);
        Assert.Contains("Replay of ", output, StringComparison.Ordinal);
        Assert.Matches(@"Faithful\s+kept\s+1\s+1\s+1\.000", output);
        Assert.Matches(@"InventedSentence\s+caught\s+2\s+2\s+1\.000", output);
        Assert.Matches(@"Decline\s+honoured\s+2\s+2\s+1\.000", output);
        Assert.Contains("declines honoured 1.000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_Json_HasTheKindsAndEveryCase()
    {
        await File.WriteAllLinesAsync(file,
        [
            """{"id":"q1","question":"where is trotsky buried?","kind":"place","answer":"","must_include":["Coyoacán"],"gold_sections":["Epilogue"],"evidence":"buried in the garden of his house"}""",
        ]);

        var (exitCode, output, _) = await CliRunner.RunAsync(new FakeRetriever(), "", "eval", file, "--replay", "--json");

        Assert.Equal(0, exitCode);
        var replay = JsonDocument.Parse(output).RootElement.GetProperty("replay");
        Assert.Contains(replay.GetProperty("Kinds").EnumerateArray(), k => k.GetProperty("Kind").GetString() == "SwappedName");
        Assert.Contains(replay.GetProperty("Outcomes").EnumerateArray(), o => o.GetProperty("Kind").GetString() == "Faithful" && o.GetProperty("Succeeded").GetBoolean());
    }

    [Fact]
    public async Task MissingFile_GivesAClearErrorAndNoStackTrace()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(new FakeRetriever(), "", "eval", file + ".missing");

        Assert.Equal(1, exitCode);
        Assert.Contains("Cannot read", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task BadLines_AreReportedAndTheRestIsScored()
    {
        await File.WriteAllLinesAsync(file,
        [
            "{ not json",
            """{"id":"q1","question":"Epilogue","kind":"fact","answer":"","must_include":[],"gold_sections":["Epilogue"],"evidence":""}""",
        ]);

        var (exitCode, output, error) = await CliRunner.RunAsync(new FakeRetriever(), "", "eval", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("line 1", error);
        Assert.Contains("1 questions", output);
    }
}
