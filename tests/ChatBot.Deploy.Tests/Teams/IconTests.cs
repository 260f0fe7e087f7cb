using ChatBot.Deploy.Teams.Icons;
using ChatBot.Deploy.Teams.Png;

namespace ChatBot.Deploy.Tests.Teams;

public sealed class IconTests
{
    private static byte[] Icon(string name) => File.ReadAllBytes(RepositoryFiles.PathOf("deploy", "teams", name));

    [Fact]
    public void ColorIcon_Is192By192_ReadFromItsHeader()
    {
        Assert.Equal((192, 192), PngDecoder.ReadSize(Icon("color.png")));
    }

    [Fact]
    public void OutlineIcon_Is32By32_ReadFromItsHeader()
    {
        Assert.Equal((32, 32), PngDecoder.ReadSize(Icon("outline.png")));
    }

    [Fact]
    public void OutlineIcon_HasOnlyWhiteOrFullyTransparentPixels_AndBoth()
    {
        var image = PngDecoder.Decode(Icon("outline.png"));
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => image[i % 32, i / 32]).ToList();

        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public void ColorIcon_IsOpaqueAndFullColour()
    {
        var image = PngDecoder.Decode(Icon("color.png"));
        var pixels = Enumerable.Range(0, 192 * 192).Select(i => image[i % 192, i / 192]).ToList();

        Assert.All(pixels, p => Assert.Equal(255, p.A));
        Assert.True(pixels.Distinct().Count() >= 3, "expected background, bubble and badge colours");
        Assert.Equal(Rgba.FromHex(IconPainter.AccentColor), image[0, 0]);
    }

    [Fact]
    public void CommittedIcons_AreWhatThePainterDraws()
    {
        // Keeps deploy/teams/*.png in step with IconPainter: redraw with --draw-icons after changing it.
        Assert.Equal(IconPainter.PaintColor().Pixels, PngDecoder.Decode(Icon("color.png")).Pixels);
        Assert.Equal(IconPainter.PaintOutline().Pixels, PngDecoder.Decode(Icon("outline.png")).Pixels);
    }

    [Fact]
    public void PngEncoder_RoundTripsThroughDecoder()
    {
        var image = new RgbaImage(3, 2);
        image[0, 0] = new Rgba(1, 2, 3, 4);
        image[2, 1] = new Rgba(250, 128, 0, 255);

        var decoded = PngDecoder.Decode(PngEncoder.Encode(image));

        Assert.Equal(image.Pixels, decoded.Pixels);
    }

    [Fact]
    public void PngDecoder_CorruptedChunk_IsRejectedWithReason()
    {
        var png = Icon("outline.png");
        png[20] ^= 0xFF; // inside IHDR data: the CRC no longer matches

        var error = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png));
        Assert.Contains("CRC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IconRules_ColouredOutline_IsRejected()
    {
        var image = IconPainter.PaintOutline();
        image[16, 4] = new Rgba(255, 0, 0, 255);

        var problems = IconRules.Check("outline.png", PngEncoder.Encode(image), 32, requireWhiteOnTransparent: true);

        Assert.Contains(problems, p => p.Contains("not white", StringComparison.Ordinal));
    }

    [Fact]
    public void IconRules_WrongSize_IsRejected()
    {
        var problems = IconRules.Check("color.png", PngEncoder.Encode(IconPainter.PaintOutline()), 192, requireWhiteOnTransparent: false);

        Assert.Contains(problems, p => p.Contains("Teams requires 192×192", StringComparison.Ordinal));
    }
}
