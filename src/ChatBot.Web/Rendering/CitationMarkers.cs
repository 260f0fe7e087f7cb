using System.Text.RegularExpressions;

namespace ChatBot.Web.Rendering;

/// <summary>The inline markers [1], [2]… of an answer's text.</summary>
public static partial class CitationMarkers
{
    /// <summary>Marker numbers in order of first appearance, without repeats.</summary>
    public static IReadOnlyList<int> InOrderOfUse(string text) =>
        Marker().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();

    /// <summary>Rewrites each marker through <paramref name="renumber"/>; a marker mapped to null is removed with the space before it.</summary>
    public static string Rewrite(string text, Func<int, int?> renumber)
    {
        var rewritten = SpacedMarker().Replace(text, m =>
        {
            var number = renumber(int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            return number is null ? string.Empty : $"{m.Groups[1].Value}[{number}]";
        });
        return rewritten;
    }

    // Only short numbers count as markers, so "[2024]" or "[12345]" in a quote stays text.
    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"([ \t]?)\[(\d{1,3})\]")]
    private static partial Regex SpacedMarker();
}
