using System.Text.Json;

namespace ChatBot.Core.Retrieval.Evaluation;

/// <summary>Reads an evaluation file: one JSON object per line; bad lines are reported by number, not thrown.</summary>
public static class EvalSetReader
{
    /// <summary>The items of <paramref name="path"/> and a message per line that could not be read.</summary>
    public static (IReadOnlyList<EvalItem> Items, IReadOnlyList<string> Errors) Read(string path)
    {
        var items = new List<EvalItem>();
        var errors = new List<string>();
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ([], [$"Cannot read {path}: {ex.Message}"]);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                var item = JsonSerializer.Deserialize<EvalItem>(lines[i]);
                if (item is null || string.IsNullOrWhiteSpace(item.Question))
                {
                    errors.Add($"{Path.GetFileName(path)} line {i + 1}: no question.");
                    continue;
                }

                items.Add(item with
                {
                    Id = item.Id ?? $"line{i + 1}",
                    GoldSections = item.GoldSections ?? [],
                    MustInclude = item.MustInclude ?? [],
                    History = item.History ?? [],
                });
            }
            catch (JsonException ex)
            {
                errors.Add($"{Path.GetFileName(path)} line {i + 1}: not valid JSON ({ex.Message}).");
            }
        }

        return (items, errors);
    }
}
