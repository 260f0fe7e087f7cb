namespace ChatBot.Deploy.Teams.Png;

/// <summary>One straight-alpha colour.</summary>
public readonly record struct Rgba(byte R, byte G, byte B, byte A)
{
    public static Rgba Transparent => new(0, 0, 0, 0);

    public static Rgba White => new(255, 255, 255, 255);

    /// <summary>Parses "#RRGGBB" as an opaque colour.</summary>
    public static Rgba FromHex(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#')
        {
            throw new FormatException($"Expected a colour like #1F6F8B, got '{hex}'.");
        }

        var value = Convert.ToInt32(hex[1..], 16);
        return new Rgba((byte)(value >> 16), (byte)(value >> 8), (byte)value, 255);
    }
}
