using System.Text.RegularExpressions;

namespace ChatBot.Web.Rendering;

/// <summary>Squeezes text into the lengths channels accept.</summary>
public static partial class TextLimits
{
    /// <summary>Collapses white space and cuts at <paramref name="maxLength"/> characters, ending with "…" when cut.</summary>
    public static string Shorten(string? text, int maxLength)
    {
        var flat = WhiteSpace().Replace(text ?? string.Empty, " ").Trim();
        if (flat.Length <= maxLength)
        {
            return flat;
        }

        var cut = flat[..(maxLength - 1)];
        if (char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        var lastSpace = cut.LastIndexOf(' ');

        // Prefer a word boundary unless it throws away most of the room.
        if (lastSpace > maxLength / 2)
        {
            cut = cut[..lastSpace];
        }

        return cut.TrimEnd(' ', ',', ';', ':') + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
