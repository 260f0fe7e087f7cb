using ChatBot.Web.Rendering;

namespace ChatBot.Web.Tests.Rendering;

public sealed class TextLimitsTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("  spaced \n\t out  ", 20, "spaced out")]
    [InlineData("one two three four five", 12, "one two…")]
    [InlineData("abcdefghijklmnop", 8, "abcdefg…")]
    [InlineData(null, 5, "")]
    public void Shorten_CutsAtWordsWithinTheLimit(string? text, int max, string expected)
    {
        var shortened = TextLimits.Shorten(text, max);

        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= max);
    }
}
