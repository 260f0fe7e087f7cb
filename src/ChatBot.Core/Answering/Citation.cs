using System.Text.Json.Serialization;

namespace ChatBot.Core.Answering;

/// <summary>One numbered source of an answer: where it is and the sentence(s) that support the claim.</summary>
public sealed record Citation(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("sectionId")] string SectionId,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("sourceFile")] string SourceFile,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("passageId")] string PassageId)
{
    /// <summary>The page the cited passage starts on, for paged sources (PDF); absent otherwise.</summary>
    [JsonPropertyName("page")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; init; }
}
