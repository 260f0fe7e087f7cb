using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ChatBot.Deploy.Teams.Png;

/// <summary>
/// Reads 8-bit, non-interlaced RGB or RGBA PNGs (all five row filters) into an <see cref="RgbaImage"/>,
/// so tests and the packager can check any icon someone drops in, not only ones we encoded.
/// </summary>
public static class PngDecoder
{
    /// <summary>Reads width and height from the IHDR chunk without decoding pixels.</summary>
    public static (int Width, int Height) ReadSize(ReadOnlySpan<byte> png)
    {
        var header = ReadHeader(png);
        return (header.Width, header.Height);
    }

    /// <summary>Decodes the whole image; throws <see cref="InvalidDataException"/> for anything it cannot read.</summary>
    public static RgbaImage Decode(ReadOnlySpan<byte> png)
    {
        var header = ReadHeader(png);
        if (header.BitDepth != 8 || header.Interlace != 0 || header.ColorType is not (2 or 6))
        {
            throw new InvalidDataException(
                $"Unsupported PNG: bit depth {header.BitDepth}, colour type {header.ColorType}, interlace {header.Interlace}; expected 8-bit RGB or RGBA, not interlaced.");
        }

        var channels = header.ColorType == 6 ? 4 : 3;
        var stride = header.Width * channels;
        var raw = Inflate(CollectImageData(png), (stride + 1) * header.Height);

        var image = new RgbaImage(header.Width, header.Height);
        var previous = new byte[stride];
        var current = new byte[stride];
        for (var y = 0; y < header.Height; y++)
        {
            var row = raw.AsSpan(y * (stride + 1), stride + 1);
            Unfilter(row[0], row[1..], current, previous, channels);
            for (var x = 0; x < header.Width; x++)
            {
                var p = x * channels;
                image[x, y] = new Rgba(current[p], current[p + 1], current[p + 2], channels == 4 ? current[p + 3] : (byte)255);
            }

            (previous, current) = (current, previous);
        }

        return image;
    }

    private static void Unfilter(byte filter, ReadOnlySpan<byte> source, byte[] target, byte[] above, int bpp)
    {
        for (var i = 0; i < source.Length; i++)
        {
            int left = i >= bpp ? target[i - bpp] : 0;
            int up = above[i];
            int upLeft = i >= bpp ? above[i - bpp] : 0;
            var predictor = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"Unknown PNG row filter {filter}."),
            };
            target[i] = (byte)(source[i] + predictor);
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Inflate(byte[] data, int expectedLength)
    {
        using var input = new MemoryStream(data);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        var output = new byte[expectedLength];
        var read = 0;
        while (read < expectedLength)
        {
            var n = zlib.Read(output, read, expectedLength - read);
            if (n == 0)
            {
                throw new InvalidDataException("PNG image data ends before the last row.");
            }

            read += n;
        }

        return output;
    }

    private static byte[] CollectImageData(ReadOnlySpan<byte> png)
    {
        using var data = new MemoryStream();
        foreach (var (type, chunk) in Chunks(png))
        {
            if (type == "IDAT")
            {
                data.Write(chunk);
            }
        }

        return data.ToArray();
    }

    private static Header ReadHeader(ReadOnlySpan<byte> png)
    {
        foreach (var (type, chunk) in Chunks(png))
        {
            if (type != "IHDR" || chunk.Length != 13)
            {
                throw new InvalidDataException("PNG does not start with a 13-byte IHDR chunk.");
            }

            return new Header(
                BinaryPrimitives.ReadInt32BigEndian(chunk),
                BinaryPrimitives.ReadInt32BigEndian(chunk.AsSpan(4)),
                chunk[8],
                chunk[9],
                chunk[12]);
        }

        throw new InvalidDataException("PNG has no chunks.");
    }

    private static List<(string Type, byte[] Data)> Chunks(ReadOnlySpan<byte> png)
    {
        if (png.Length < 8 || !png[..8].SequenceEqual(PngEncoder.Signature))
        {
            throw new InvalidDataException("Not a PNG file: the 8-byte signature is missing.");
        }

        var chunks = new List<(string, byte[])>();
        var offset = 8;
        while (offset + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            if (length < 0 || offset + 12 + length > png.Length)
            {
                throw new InvalidDataException($"PNG chunk at byte {offset} runs past the end of the file.");
            }

            var typeBytes = png.Slice(offset + 4, 4);
            var data = png.Slice(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png[(offset + 8 + length)..]);
            var type = Encoding.ASCII.GetString(typeBytes);
            if (crc != Crc32.Compute(typeBytes, data))
            {
                throw new InvalidDataException($"PNG chunk {type} has a bad CRC.");
            }

            chunks.Add((type, data.ToArray()));
            offset += 12 + length;
            if (type == "IEND")
            {
                return chunks;
            }
        }

        throw new InvalidDataException("PNG has no IEND chunk.");
    }

    private readonly record struct Header(int Width, int Height, byte BitDepth, byte ColorType, byte Interlace);
}
