using System.Text.Json.Serialization;

namespace ChatBot.Core.Feedback;

/// <summary>A citation of the answer that was rated: which passage, in which section.</summary>
public sealed record FeedbackCitation(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("passageId")] string PassageId,
    [property: JsonPropertyName("sectionId")] string SectionId,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("title")] string Title);
