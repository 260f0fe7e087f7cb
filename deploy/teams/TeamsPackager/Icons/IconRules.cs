using ChatBot.Deploy.Teams.Png;

namespace ChatBot.Deploy.Teams.Icons;

/// <summary>The icon rules Teams applies on upload: exact sizes, and for the outline icon only white or transparent pixels.</summary>
public static class IconRules
{
    /// <summary>Returns the problems of one icon file (empty when it is fine).</summary>
    public static IReadOnlyList<string> Check(string name, byte[] png, int size, bool requireWhiteOnTransparent)
    {
        RgbaImage image;
        try
        {
            image = PngDecoder.Decode(png);
        }
        catch (InvalidDataException ex)
        {
            return [$"{name}: {ex.Message}"];
        }

        var problems = new List<string>();
        if (image.Width != size || image.Height != size)
        {
            problems.Add($"{name} is {image.Width}×{image.Height}; Teams requires {size}×{size}.");
        }

        if (requireWhiteOnTransparent)
        {
            var (coloured, transparent, opaque) = (0, 0, 0);
            for (var y = 0; y < image.Height; y++)
            {
                for (var x = 0; x < image.Width; x++)
                {
                    var p = image[x, y];
                    coloured += p.A > 0 && (p.R, p.G, p.B) != (255, 255, 255) ? 1 : 0;
                    transparent += p.A == 0 ? 1 : 0;
                    opaque += p.A == 255 ? 1 : 0;
                }
            }

            if (coloured > 0)
            {
                problems.Add($"{name} has {coloured} visible pixels that are not white.");
            }

            if (transparent == 0 || opaque == 0)
            {
                problems.Add($"{name} must be a white drawing on a transparent background.");
            }
        }

        return problems;
    }
}
