using ChatBot.Deploy.Teams.Png;

namespace ChatBot.Deploy.Teams.Icons;

/// <summary>
/// Paints shapes given as inside-tests in a unit square (0..1 on both axes) onto an RGBA image,
/// anti-aliased by 4×4 supersampling so the same drawing works at 192 and at 32 pixels.
/// </summary>
public sealed class Canvas
{
    private const int Samples = 4;

    public Canvas(int size)
    {
        Image = new RgbaImage(size, size);
    }

    public RgbaImage Image { get; }

    /// <summary>Composites <paramref name="color"/> over every pixel in proportion to how much of it lies inside the shape.</summary>
    public void Fill(Func<double, double, bool> inside, Rgba color)
    {
        var size = Image.Width;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var hits = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        var u = (x + ((sx + 0.5) / Samples)) / size;
                        var v = (y + ((sy + 0.5) / Samples)) / size;
                        if (inside(u, v))
                        {
                            hits++;
                        }
                    }
                }

                if (hits > 0)
                {
                    Image[x, y] = Over(color, hits / (double)(Samples * Samples), Image[x, y]);
                }
            }
        }
    }

    private static Rgba Over(Rgba top, double coverage, Rgba bottom)
    {
        var topAlpha = top.A / 255.0 * coverage;
        var bottomAlpha = bottom.A / 255.0;
        var alpha = topAlpha + (bottomAlpha * (1 - topAlpha));
        if (alpha <= 0)
        {
            return Rgba.Transparent;
        }

        byte Mix(byte t, byte b) => (byte)Math.Round(((t * topAlpha) + (b * bottomAlpha * (1 - topAlpha))) / alpha);
        return new Rgba(Mix(top.R, bottom.R), Mix(top.G, bottom.G), Mix(top.B, bottom.B), (byte)Math.Round(alpha * 255));
    }
}
