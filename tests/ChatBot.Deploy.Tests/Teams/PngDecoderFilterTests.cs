using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ChatBot.Deploy.Teams.Png;

namespace ChatBot.Deploy.Tests.Teams;

/// <summary>The decoder must read icons written by other tools, which use all five row filters; our encoder only writes filter 0.</summary>
public sealed class PngDecoderFilterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Decode_RowsWithFilter_GivesTheOriginalPixels(byte filter)
    {
        const int width = 4, height = 3, bpp = 4;
        var pixels = Enumerable.Range(0, width * height * bpp).Select(i => (byte)((i * 37) + (i / 5 * 11))).ToArray();

        var png = BuildPng(width, height, pixels, filter);
        var decoded = PngDecoder.Decode(png);

        Assert.Equal(pixels, decoded.Pixels);
    }

    [Fact]
    public void Decode_RgbWithoutAlpha_IsReadAsOpaque()
    {
        var png = BuildPng(2, 1, [10, 20, 30, 40, 50, 60], filter: 0, colorType: 2);

        var image = PngDecoder.Decode(png);

        Assert.Equal(new Rgba(10, 20, 30, 255), image[0, 0]);
        Assert.Equal(new Rgba(40, 50, 60, 255), image[1, 0]);
    }

    // Applies the PNG row filter forwards (the spec's definition) and wraps the result in IHDR/IDAT/IEND chunks.
    private static byte[] BuildPng(int width, int height, byte[] pixels, byte filter, byte colorType = 6)
    {
        var bpp = colorType == 6 ? 4 : 3;
        var stride = width * bpp;
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(filter);
            for (var i = 0; i < stride; i++)
            {
                int At(int yy, int ii) => yy < 0 || ii < 0 ? 0 : pixels[(yy * stride) + ii];
                int a = At(y, i - bpp), b = At(y - 1, i), c = At(y - 1, i - bpp);
                var predictor = filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                };
                raw.WriteByte((byte)(pixels[(y * stride) + i] - predictor));
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colorType;

        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        png.Write(buffer);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32.Compute(typeBytes, data));
        png.Write(buffer);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
