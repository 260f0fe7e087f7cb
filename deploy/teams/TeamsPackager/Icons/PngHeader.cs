using System.Buffers.Binary;

namespace ChatBot.Deploy.Teams.Icons;

/// <summary>What a PNG file's header (signature and IHDR chunk) says about the image: enough for Teams' size rules.</summary>
public sealed record PngHeader(int Width, int Height, byte BitDepth, byte ColorType)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>True for the colour types that carry an alpha channel (grey + alpha, RGBA).</summary>
    public bool HasAlpha => ColorType is 4 or 6;

    /// <summary>Reads the header of <paramref name="png"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a PNG file.</exception>
    public static PngHeader Read(ReadOnlySpan<byte> png)
    {
        // Signature (8), then the first chunk, which must be IHDR: length (4) = 13, type (4), width (4), height (4), bit depth, colour type.
        if (png.Length < 8 + 8 + 13 || !png[..8].SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(png[8..]) != 13 || !png[12..16].SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException("the PNG file does not start with its IHDR header");
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(png[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(png[20..]);
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue)
        {
            throw new InvalidDataException("the PNG header gives an impossible size");
        }

        return new PngHeader((int)width, (int)height, png[24], png[25]);
    }
}
