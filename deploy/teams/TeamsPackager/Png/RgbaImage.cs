namespace ChatBot.Deploy.Teams.Png;

/// <summary>An 8-bit RGBA raster, row-major, 4 bytes per pixel, not premultiplied.</summary>
public sealed class RgbaImage
{
    public RgbaImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 4];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>R, G, B, A bytes of each pixel, row after row.</summary>
    public byte[] Pixels { get; }

    /// <summary>The pixel at (x, y).</summary>
    public Rgba this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return new Rgba(Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]);
        }

        set
        {
            var i = ((y * Width) + x) * 4;
            Pixels[i] = value.R;
            Pixels[i + 1] = value.G;
            Pixels[i + 2] = value.B;
            Pixels[i + 3] = value.A;
        }
    }
}
