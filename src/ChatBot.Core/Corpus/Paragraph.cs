using System.Text.Json.Serialization;

namespace ChatBot.Core.Corpus;

/// <summary>One cleaned paragraph (or list item, or quotation with its attribution) and the span of the source it was rebuilt from.</summary>
/// <param name="Text">Clean text, white space normalised; list items keep a leading "• ".</param>
/// <param name="Start">Offset (in UTF-16 chars) of the first source character this paragraph came from.</param>
/// <param name="End">Offset one past the last source character this paragraph came from.</param>
/// <param name="IsListItem">True for a bullet-list item.</param>
public sealed record Paragraph(string Text, int Start, int End, bool IsListItem = false)
{
    /// <summary>
    /// Optional source offset of every character of <see cref="Text"/> (same length as Text), so a part of the
    /// paragraph (e.g. a sentence) can be traced back to the source. Not serialised: it is derived data.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<int>? CharOffsets { get; init; }

    /// <summary>The page (from 1) the paragraph is on, for paged formats (PDF); null otherwise.</summary>
    public int? Page { get; init; }

    /// <summary>Value equality on the paragraph itself; the derived character trace does not take part.</summary>
    public bool Equals(Paragraph? other) =>
        other is not null && Text == other.Text && Start == other.Start && End == other.End && IsListItem == other.IsListItem && Page == other.Page;

    public override int GetHashCode() => HashCode.Combine(Text, Start, End, IsListItem, Page);
}
