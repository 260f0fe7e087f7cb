using System.Text.Json;

namespace ChatBot.Core.Answering.Replay;

/// <summary>
/// Reads the scripted model's CondenseQuestion replies: one JSON object per line, {"id": "d004", "standalone": "…"},
/// the standalone question a model would write for that follow-up. Bad lines are reported, not thrown.
/// </summary>
public static class StandaloneQuestions
{
    /// <summary>The rewrites of <paramref name="path"/> by item id, and a message per line that could not be read.</summary>
    public static (IReadOnlyDictionary<string, string> Rewrites, IReadOnlyList<string> Errors) Read(string path)
    {
        var rewrites = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (rewrites, [$"Cannot read {path}: {ex.Message}"]);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                using var line = JsonDocument.Parse(lines[i]);
                if (line.RootElement.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } key
                    && line.RootElement.TryGetProperty("standalone", out var text) && text.GetString() is { Length: > 0 } standalone)
                {
                    rewrites[key] = standalone;
                }
                else
                {
                    errors.Add($"{Path.GetFileName(path)} line {i + 1}: needs \"id\" and \"standalone\".");
                }
            }
            catch (JsonException ex)
            {
                errors.Add($"{Path.GetFileName(path)} line {i + 1}: not valid JSON ({ex.Message}).");
            }
        }

        return (rewrites, errors);
    }
}
