using System.Globalization;
using System.Text.Json;

namespace ChatBot.Web.Api;

/// <summary>Reads and checks an /api/ask body by hand, so every kind of bad input gets its own clear message.</summary>
public static class AskRequestReader
{
    /// <summary>The request, or the reason it is not acceptable.</summary>
    public static (AskRequest? Request, string? Error) Read(ReadOnlySpan<byte> body)
    {
        try
        {
            return ReadJson(body);
        }
        catch (InvalidOperationException)
        {
            // Strings are only transcoded when read; invalid UTF-8 inside one surfaces here.
            return (null, "The body is not valid UTF-8 JSON.");
        }
    }

    private static (AskRequest? Request, string? Error) ReadJson(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON. Send {\"question\": \"...\", \"history\": [\"...\"]}.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body must be a JSON object: {\"question\": \"...\", \"history\": [\"...\"]}.");
            }

            if (!root.TryGetProperty("question", out var question) || question.ValueKind == JsonValueKind.Null)
            {
                return (null, "\"question\" is required.");
            }

            if (question.ValueKind != JsonValueKind.String)
            {
                return (null, "\"question\" must be a string.");
            }

            var text = question.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                return (null, "\"question\" must not be empty.");
            }

            if (text.Length > AskRequest.MaxQuestionLength)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"\"question\" is {text.Length:N0} characters long; the limit is {AskRequest.MaxQuestionLength:N0}."));
            }

            var (history, historyError) = ReadHistory(root);
            if (historyError is not null)
            {
                return (null, historyError);
            }

            var (explain, explainError) = ReadFlag(root, "explain");
            var (stream, streamError) = ReadFlag(root, "stream");
            if ((explainError ?? streamError) is { } flagError)
            {
                return (null, flagError);
            }

            return explain && stream
                ? (null, "\"explain\" and \"stream\" cannot be combined: the explanation needs the whole answer.")
                : (new AskRequest(text.Trim(), history) { Explain = explain, Stream = stream }, null);
        }
    }

    private static (bool Value, string? Error) ReadFlag(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var flag) || flag.ValueKind == JsonValueKind.Null)
        {
            return (false, null);
        }

        return flag.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? (flag.GetBoolean(), null)
            : (false, $"\"{name}\" must be true or false.");
    }

    private static (IReadOnlyList<string> History, string? Error) ReadHistory(JsonElement root)
    {
        if (!root.TryGetProperty("history", out var history) || history.ValueKind == JsonValueKind.Null)
        {
            return ([], null);
        }

        if (history.ValueKind != JsonValueKind.Array)
        {
            return ([], "\"history\" must be an array of strings (earlier questions, oldest first).");
        }

        if (history.GetArrayLength() > AskRequest.MaxHistoryItems)
        {
            return ([], string.Create(CultureInfo.InvariantCulture, $"\"history\" may hold at most {AskRequest.MaxHistoryItems} earlier questions."));
        }

        var items = new List<string>();
        foreach (var item in history.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return ([], "\"history\" must be an array of strings (earlier questions, oldest first).");
            }

            var text = item.GetString()!;
            if (text.Length > AskRequest.MaxQuestionLength)
            {
                return ([], string.Create(CultureInfo.InvariantCulture, $"Each \"history\" item may be at most {AskRequest.MaxQuestionLength:N0} characters long."));
            }

            if (!string.IsNullOrWhiteSpace(text))
            {
                items.Add(text.Trim());
            }
        }

        return (items, null);
    }
}
