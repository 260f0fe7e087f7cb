using System.Xml.Linq;
using ChatBot.Deploy.Teams.Icons;

namespace ChatBot.Deploy.Tests.Teams;

/// <summary>The committed icons: PNG sizes read from their headers, and the SVG sources they were rendered from.</summary>
public sealed class IconTests
{
    private static byte[] Icon(string name) => File.ReadAllBytes(RepositoryFiles.PathOf("deploy", "teams", name));

    [Fact]
    public void ColorIcon_Is192By192_ReadFromItsHeader()
    {
        var header = PngHeader.Read(Icon("color.png"));

        Assert.Equal((192, 192), (header.Width, header.Height));
        Assert.Empty(IconRules.Check("color.png", Icon("color.png"), IconRules.ColorSize, requireTransparency: false));
    }

    [Fact]
    public void OutlineIcon_Is32By32_WithAnAlphaChannel()
    {
        var header = PngHeader.Read(Icon("outline.png"));

        Assert.Equal((32, 32), (header.Width, header.Height));
        Assert.True(header.HasAlpha);
        Assert.Empty(IconRules.Check("outline.png", Icon("outline.png"), IconRules.OutlineSize, requireTransparency: true));
    }

    [Theory]
    [InlineData("color.svg", 192)]
    [InlineData("outline.svg", 32)]
    public void Each_icon_has_its_svg_source_at_the_same_size(string svg, int size)
    {
        var root = XDocument.Load(RepositoryFiles.PathOf("deploy", "teams", svg)).Root!;

        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal(size.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)root.Attribute("width"));
        Assert.Equal(size.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)root.Attribute("height"));
    }

    [Fact]
    public void The_outline_source_draws_in_white_only()
    {
        // Teams accepts only white and transparency in the outline icon; its PNG is rendered from this file.
        var colours = XDocument.Load(RepositoryFiles.PathOf("deploy", "teams", "outline.svg")).Descendants()
            .SelectMany(e => new[] { (string?)e.Attribute("fill"), (string?)e.Attribute("stroke") })
            .Where(c => c is not null)
            .ToList();

        Assert.NotEmpty(colours);
        Assert.All(colours, c => Assert.Contains(c!.ToUpperInvariant(), new[] { "#FFFFFF", "WHITE", "NONE" }));
    }

    [Fact]
    public void The_colour_source_uses_the_manifests_accent_colour()
    {
        var accent = (string)System.Text.Json.Nodes.JsonNode.Parse(RepositoryFiles.ReadText("deploy", "teams", "manifest.json"))!["accentColor"]!;

        Assert.Contains($"fill=\"{accent}\"", RepositoryFiles.ReadText("deploy", "teams", "color.svg"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void IconRules_WrongSize_IsRejected()
    {
        var problems = IconRules.Check("color.png", Icon("outline.png"), IconRules.ColorSize, requireTransparency: false);

        Assert.Contains(problems, p => p.Contains("is 32×32; Teams requires 192×192", StringComparison.Ordinal));
    }

    [Fact]
    public void IconRules_OutlineWithoutTransparency_IsRejected()
    {
        var opaque = Icon("color.png"); // RGB, no alpha channel

        var problems = IconRules.Check("outline.png", opaque, IconRules.ColorSize, requireTransparency: true);

        Assert.Contains(problems, p => p.Contains("no alpha channel", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void IconRules_NotAPng_IsRejectedWithReason(byte[] bytes)
    {
        var problems = IconRules.Check("color.png", bytes, IconRules.ColorSize, requireTransparency: false);

        Assert.Contains(problems, p => p.Contains("not a PNG file", StringComparison.Ordinal));
    }
}
