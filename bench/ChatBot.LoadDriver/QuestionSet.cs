using System.Text.Json;

namespace ChatBot.LoadDriver;

/// <summary>The questions the driver cycles through: the dev set when it is there, else a few fixed ones.</summary>
internal static class QuestionSet
{
    private static readonly string[] Fallback =
    [
        "Where was Trotsky born?",
        "Who let Trotsky into Norway?",
        "How was Trotsky killed?",
        "where is trotsky buried?",
        "what were trotsky's last words supposedly?",
    ];

    public static IReadOnlyList<string> Load(string? path)
    {
        var questions = LoadLabelled(path).Select(q => q.Question).ToList();
        return questions.Count > 0 ? questions : Fallback;
    }

    /// <summary>The standalone questions of the set with their labelled answer and evidence (null when unanswerable); empty without a set.</summary>
    public static IReadOnlyList<LabelledQuestion> LoadLabelled(string? path)
    {
        path ??= FindDevSet();
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        var questions = new List<LabelledQuestion>();
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var item = JsonDocument.Parse(line);
            var root = item.RootElement;
            // Follow-ups need their history; the driver asks standalone questions only.
            if (root.TryGetProperty("history", out var history) && history.ValueKind == JsonValueKind.Array && history.GetArrayLength() > 0)
            {
                continue;
            }

            if (root.TryGetProperty("question", out var question) && question.GetString() is { Length: > 0 } text)
            {
                questions.Add(new LabelledQuestion(text.Trim(), StringOf(root, "answer"), StringOf(root, "evidence")));
            }
        }

        return questions;
    }

    private static string? StringOf(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static string? FindDevSet()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            // The shared eval set sits beside the repository (../shared/eval), as for the CLI's eval verb.
            var candidate = Path.Combine(dir.FullName, "..", "shared", "eval", "dev.jsonl");
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
