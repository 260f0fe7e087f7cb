using ChatBot.Core.Answering;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Tests.Answering;

public sealed class CitationVerifierTests
{
    public static TheoryData<string, string, string[]> ModelOutputs => new()
    {
        // model output, expected text, expected passage ids of citations 1..n
        { "Trotsky was born in Yanovka in 1879 [1].", "Trotsky was born in Yanovka in 1879 [1].", ["p-birth"] },
        { "He escaped from Siberia in 1902 [2]. He was born in Yanovka [1].", "He escaped from Siberia in 1902 [1]. He was born in Yanovka [2].", ["p-escape", "p-birth"] },
        { "The army grew to 3,000,000 by 1919 [3]. Trotsky was born in Yanovka [1].", "The army grew to 3,000,000 by 1919 [1]. Trotsky was born in Yanovka [2].", ["p-army", "p-birth"] },
        { "Born in Yanovka in 1879, he escaped from Siberia in 1902 [1][2].", "Born in Yanovka in 1879, he escaped from Siberia in 1902 [1][2].", ["p-birth", "p-escape"] },
        { "Born in Yanovka in 1879, he escaped from Siberia in 1902 [1, 2].", "Born in Yanovka in 1879, he escaped from Siberia in 1902 [1][2].", ["p-birth", "p-escape"] },
        { "Born in Yanovka in 1879, he escaped from Siberia in 1902 [2,1].", "Born in Yanovka in 1879, he escaped from Siberia in 1902 [1][2].", ["p-escape", "p-birth"] },
        { "Trotsky was born in Yanovka in 1879 [1][1].", "Trotsky was born in Yanovka in 1879 [1].", ["p-birth"] },
        { "Trotsky was born in Yanovka [1]. His father was a farmer [1].", "Trotsky was born in Yanovka [1]. His father was a farmer [1].", ["p-birth"] },
        { "Trotsky was born in Yanovka in 1879.", "Trotsky was born in Yanovka in 1879 [1].", ["p-birth"] },
        { "Trotsky was born in Yanovka in 1879 [7].", "Trotsky was born in Yanovka in 1879 [1].", ["p-birth"] },
        { "Trotsky was born in Yanovka in 1879 [0].", "Trotsky was born in Yanovka in 1879 [1].", ["p-birth"] },
        { "He went to London to join Lenin [1].", "He went to London to join Lenin [1].", ["p-escape"] },
        { "Trotsky was born in Yanovka in 1880 [1].", "", [] },
        { "Trotsky kept three cats and a parrot in Vienna [2].", "", [] },
        { "Trotsky kept three cats and a parrot in Vienna.", "", [] },
        { "", "", [] },
        { "   ", "", [] },
        { "[1]", "", [] },
        { "Here is what I found. Trotsky was born in Yanovka in 1879 [1].", "Here is what I found. Trotsky was born in Yanovka in 1879 [1].", ["p-birth"] },
        { "Trotsky was born in Yanovka in 1879 [1]. He invented the telephone in Paris in 1925 [2].", "Trotsky was born in Yanovka in 1879 [1].", ["p-birth"] },
        { "Trotsky was born in Yanovka in 1879.[1] He escaped from Siberia in 1902.[2]", "Trotsky was born in Yanovka in 1879 [1]. He escaped from Siberia in 1902 [2].", ["p-birth", "p-escape"] },
        { "Trotsky was born in Yanovka in 1879. [1][2] He escaped from Siberia in 1902. [2]", "Trotsky was born in Yanovka in 1879 [1]. He escaped from Siberia in 1902 [2].", ["p-birth", "p-escape"] },
        { "Trotsky was born [1] in Yanovka, and escaped from Siberia [2] in 1902.", "Trotsky was born [1] in Yanovka, and escaped from Siberia [2] in 1902.", ["p-birth", "p-escape"] },
        { "I couldn't find that in the text.", "I couldn't find that in the text.", [] },
        { "I couldn't find that in the text [1].", "I couldn't find that in the text.", [] },
        { "Trotsky was born in Yanovka in 1879 [1]. I couldn't find that in the text [2].", "Trotsky was born in Yanovka in 1879 [1]. I couldn't find that in the text.", ["p-birth"] },
        { "Kamenev was born in Yanovka in 1879 [1].", "", [] },
        { "Trotsky was born in Odessa in 1879 [1].", "", [] },
        { "He went to Paris to join Lenin [2].", "", [] },
        { "Trotsky was not born in Yanovka in 1879 [1].", "", [] },
        { "In 1902 he never escaped from Siberia [2].", "", [] },
        { "Trotsky was born in Yanovka in 1879; the Red Army grew to 3,000,000 by 1919 [1].", "", [] },
        { "Trotsky was born in Yanovka in 1879; the Red Army grew to 3,000,000 by 1919 [1][3].", "Trotsky was born in Yanovka in 1879; the Red Army grew to 3,000,000 by 1919 [1][2].", ["p-birth", "p-army"] },
        { "Yes. Trotsky was born in Yanovka in 1879 [1].", "Yes. Trotsky was born in Yanovka in 1879 [1].", ["p-birth"] },
        { "He opposed Kamenev.", "", [] },
    };

    [Theory]
    [MemberData(nameof(ModelOutputs))]
    public async Task VerifyAsync_ModelOutput_KeepsOnlySupportedCitationsRenumbered(string output, string expectedText, string[] expectedPassages)
    {
        var verified = await TestPassages.Verifier().VerifyAsync(output, TestPassages.Three);

        Assert.Equal(expectedText, verified.Text);
        Assert.Equal(expectedPassages, verified.Citations.Select(c => c.PassageId));
        Assert.Equal(Enumerable.Range(1, expectedPassages.Length), verified.Citations.Select(c => c.Index));
    }

    [Theory]
    [InlineData("He was not allowed to visit Paris [1].", "He was not allowed to visit Paris.")]
    [InlineData("He could not return in time for the funeral [1].", "The wrong date made it impossible for him to return in time for the funeral.")]
    [InlineData("He did not sign the treaty, and he resigned [1].", "He refused to sign the treaty. He resigned.")]
    public async Task VerifyAsync_NegatedClaimThePassageAlsoNegates_KeepsItsCitation(string claim, string passage)
    {
        var verified = await TestPassages.Verifier().VerifyAsync(claim, [TestPassages.Make("p", "s", "S", passage)]);

        Assert.Single(verified.Citations);
    }

    [Theory]
    [InlineData("Stalin refused to accept him and he was not recalled [1].", "Stalin refused to accept him and he was recalled.")]
    [InlineData("Its findings were not published in the book Not Guilty [1].", "Its findings were published in the book Not Guilty.")]
    public async Task VerifyAsync_NegationThePassageDoesNotMake_LosesItsCitation(string claim, string passage)
    {
        var verified = await TestPassages.Verifier().VerifyAsync(claim, [TestPassages.Make("p", "s", "S", passage)]);

        Assert.Empty(verified.Citations);
    }

    [Fact]
    public async Task VerifyAsync_MoreThanTwentyCitations_KeepsTwentyAndRemovesTheRestOfTheMarkers()
    {
        var passages = Enumerable.Range(1, 25).Select(i => TestPassages.Make($"p{i}", $"s{i}", $"Section {i}", $"Councillor{i} signed treaty{i} at harbour{i}.")).ToList();
        var output = string.Join(" ", Enumerable.Range(1, 25).Select(i => $"Councillor{i} signed treaty{i} at harbour{i} [{i}]."));

        var verified = await TestPassages.Verifier().VerifyAsync(output, passages);

        Assert.Equal(20, verified.Citations.Count);
        Assert.DoesNotContain("[21]", verified.Text, StringComparison.Ordinal);
        Assert.Contains("harbour20 [20].", verified.Text, StringComparison.Ordinal);
        Assert.Contains("harbour21.", verified.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_Citation_CarriesSectionQuoteOffsetsAndSourceUrl()
    {
        var verified = await TestPassages.Verifier().VerifyAsync("He went to London to join Lenin [2].", TestPassages.Three);

        var citation = Assert.Single(verified.Citations);
        Assert.Equal("leon-trotsky/exile", citation.SectionId);
        Assert.Equal("Encyclopedia › Exile", citation.Section);
        Assert.Equal("Exile", citation.Title);
        Assert.Equal("He went to London to join Lenin and the Iskra editors.", citation.Quote);
        Assert.Equal((0, TestPassages.Escape.Text.Length), (citation.Start, citation.End));
        Assert.Equal("/sources/leon-trotsky/exile#p-p-escape", citation.Url);
    }

    [Fact]
    public async Task VerifyAsync_PublicBaseUrlConfigured_MakesUrlAbsolute()
    {
        var verifier = TestPassages.Verifier(TestPassages.Options(o => o.PublicBaseUrl = "https://bot.example.com/"));

        var verified = await verifier.VerifyAsync("Trotsky was born in Yanovka [1].", TestPassages.Three);

        Assert.Equal("https://bot.example.com/sources/leon-trotsky/childhood#p-p-birth", verified.Citations[0].Url);
    }

    [Fact]
    public async Task VerifyAsync_DroppedMarkers_AreCounted()
    {
        var verified = await TestPassages.Verifier().VerifyAsync("Trotsky was born in Yanovka in 1879 [1][3][9].", TestPassages.Three);

        Assert.Equal(2, verified.DroppedCitations);
        Assert.Equal("Trotsky was born in Yanovka in 1879 [1].", verified.Text);
    }

    [Theory]
    [InlineData("a [1] b", new[] { 1 })]
    [InlineData("a [1][2] b", new[] { 1, 2 })]
    [InlineData("a [1, 2] b [3,4]", new[] { 1, 2, 3, 4 })]
    [InlineData("a [ 12 ] b", new[] { 12 })]
    [InlineData("a [x] b [1a] c", new int[0])]
    [InlineData("no markers", new int[0])]
    public void Find_MarkerVariants_ReturnsNumbers(string text, int[] expected)
    {
        Assert.Equal(expected, CitationMarkers.Find(text).SelectMany(g => g.Numbers));
    }
}
