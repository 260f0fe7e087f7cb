namespace ChatBot.Deploy.Teams.Icons;

/// <summary>
/// The icon rules Teams applies on upload, checked from each PNG's header: the exact sizes, and transparency for the
/// outline icon. That the outline is white only is true of its source (deploy/teams/outline.svg), which a test checks.
/// </summary>
public static class IconRules
{
    /// <summary>Size in pixels Teams requires for the colour icon.</summary>
    public const int ColorSize = 192;

    /// <summary>Size in pixels Teams requires for the outline icon.</summary>
    public const int OutlineSize = 32;

    /// <summary>Returns the problems of one icon file (empty when it is fine).</summary>
    public static IReadOnlyList<string> Check(string name, byte[] png, int size, bool requireTransparency)
    {
        PngHeader header;
        try
        {
            header = PngHeader.Read(png);
        }
        catch (InvalidDataException ex)
        {
            return [$"{name}: {ex.Message}"];
        }

        var problems = new List<string>();
        if (header.Width != size || header.Height != size)
        {
            problems.Add($"{name} is {header.Width}×{header.Height}; Teams requires {size}×{size}.");
        }

        if (requireTransparency && !header.HasAlpha)
        {
            problems.Add($"{name} has no alpha channel; Teams requires a white drawing on a transparent background.");
        }

        return problems;
    }
}
