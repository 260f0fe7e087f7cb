using ChatBot.Core.Answering.Names;

namespace ChatBot.Core.Tests.Answering.Names;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Trotsky", "Trotskii")]
    [InlineData("Trotsky", "Trotskij")]
    [InlineData("Trotsky", "TROTSKY")]
    [InlineData("Bronshtein", "Bronstein")]
    [InlineData("Khrustalyov", "Khrustalev")]
    [InlineData("Coyoacán", "Coyoacan")]
    [InlineData("Zinovyev", "Zinoviev")]
    [InlineData("Aleksandr", "Alexandr")]
    [InlineData("XIIIth", "13th")]
    [InlineData("Thirteenth", "13th")]
    [InlineData("Second", "2nd")]
    public void Of_TwoSpellingsOfOneName_GiveOneKey(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("Kamenev", "Kameneva")]
    [InlineData("Sedov", "Sedova")]
    [InlineData("Trotsky", "Stalin")]
    public void Of_TwoNames_GiveTwoKeys(string a, string b) => Assert.NotEqual(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("krestinski", "krestinki", true)]
    [InlineData("kamenev", "kameneva", false)]
    [InlineData("preobrazenski", "preobrazenski", false)]
    public void AreClose_LongNamesOneLetterApart_AreClose(string a, string b, bool close) => Assert.Equal(close, NameKey.AreClose(a, b));
}
