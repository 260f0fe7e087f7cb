using ChatBot.Deploy.Teams.Png;

namespace ChatBot.Deploy.Teams.Icons;

/// <summary>
/// Draws ChatBot's Teams icons: a speech bubble holding lines of text and a citation badge,
/// full colour at 192×192 and as a white outline on transparency at 32×32 (the sizes Teams requires).
/// </summary>
public static class IconPainter
{
    /// <summary>Size in pixels Teams requires for the colour icon.</summary>
    public const int ColorSize = 192;

    /// <summary>Size in pixels Teams requires for the outline icon.</summary>
    public const int OutlineSize = 32;

    /// <summary>The background colour of the colour icon; the manifest's accentColor matches it.</summary>
    public const string AccentColor = "#1F6F8B";

    private static readonly Rgba Badge = Rgba.FromHex("#F2A541");

    /// <summary>The 192×192 colour icon: white bubble on the accent colour, text lines and an amber citation badge.</summary>
    public static RgbaImage PaintColor()
    {
        var accent = Rgba.FromHex(AccentColor);
        var canvas = new Canvas(ColorSize);
        canvas.Fill((_, _) => true, accent);
        canvas.Fill(Bubble(0.18, 0.22, 0.82, 0.70, 0.08), Rgba.White);
        foreach (var (top, right) in new[] { (0.33, 0.70), (0.43, 0.70), (0.53, 0.56) })
        {
            canvas.Fill(Shapes.RoundedRect(0.28, top, right, top + 0.045, 0.0225), accent);
        }

        canvas.Fill(Shapes.Circle(0.78, 0.26, 0.115), accent);
        canvas.Fill(Shapes.Circle(0.78, 0.26, 0.09), Badge);
        return canvas.Image;
    }

    /// <summary>The 32×32 outline icon: the same bubble as a white stroke with two text lines, nothing else, transparent elsewhere.</summary>
    public static RgbaImage PaintOutline()
    {
        // Coordinates on whole pixels so the 2-pixel strokes stay crisp at 32×32.
        const double px = 1.0 / OutlineSize;
        var canvas = new Canvas(OutlineSize);
        var outer = Bubble(2 * px, 4 * px, 30 * px, 23 * px, 5 * px);
        var inner = Shapes.RoundedRect(4 * px, 6 * px, 28 * px, 21 * px, 3 * px);
        canvas.Fill(Shapes.Minus(outer, inner), Rgba.White);
        canvas.Fill(Shapes.RoundedRect(8 * px, 10 * px, 24 * px, 12 * px, px), Rgba.White);
        canvas.Fill(Shapes.RoundedRect(8 * px, 15 * px, 19 * px, 17 * px, px), Rgba.White);
        return canvas.Image;
    }

    // A rounded rectangle with a tail at the lower left, pointing down.
    private static Func<double, double, bool> Bubble(double left, double top, double right, double bottom, double radius)
    {
        var width = right - left;
        var tail = Shapes.Triangle(
            (left + (width * 0.18), bottom - 0.01),
            (left + (width * 0.40), bottom - 0.01),
            (left + (width * 0.14), bottom + ((bottom - top) * 0.33)));
        return Shapes.Union(Shapes.RoundedRect(left, top, right, bottom, radius), tail);
    }
}
