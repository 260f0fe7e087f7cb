using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Core.Feedback;

/// <summary>
/// Turns 👎 feedback into evaluation cases in the format of shared/eval/dev.jsonl: the question and its history as asked,
/// "must_include" and "answer" left empty for a person to fill in, "gold_sections" the cited sections as a starting point
/// (a person removes them when the text does not answer the question), and the rated answer and comment kept beside them.
/// </summary>
public static class FeedbackEvalExport
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One JSON line per disliked answer whose question is known, oldest first, one per distinct question and history.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<FeedbackRecord> records) =>
        [.. records
            .Where(r => r.IsDislike && !string.IsNullOrWhiteSpace(r.Question))
            .OrderBy(r => r.At)
            .DistinctBy(r => IdOf(r))
            .Select(r => JsonSerializer.Serialize(new Case(
                IdOf(r),
                r.Question!,
                "feedback",
                r.History,
                string.Empty,
                [],
                [.. r.Citations.Select(c => c.Title).Distinct()],
                string.Empty,
                r.Answer ?? string.Empty,
                r.Comment,
                r.At), Json))];

    // Stable across exports, so re-exporting the same feedback gives the same ids.
    private static string IdOf(FeedbackRecord record)
    {
        var key = string.Join('\n', record.History.Append(record.Question ?? string.Empty));
        return "fb-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
    }

    private sealed record Case(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("question")] string Question,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("history")] IReadOnlyList<string> History,
        [property: JsonPropertyName("answer")] string Answer,
        [property: JsonPropertyName("must_include")] IReadOnlyList<string> MustInclude,
        [property: JsonPropertyName("gold_sections")] IReadOnlyList<string> GoldSections,
        [property: JsonPropertyName("evidence")] string Evidence,
        [property: JsonPropertyName("rated_answer")] string RatedAnswer,
        [property: JsonPropertyName("comment")] string? Comment,
        [property: JsonPropertyName("rated_at")] DateTimeOffset RatedAt);
}
