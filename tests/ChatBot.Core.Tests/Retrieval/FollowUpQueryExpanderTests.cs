using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Tests.Retrieval;

public sealed class FollowUpQueryExpanderTests
{
    [Fact]
    public void Expand_PrefixesThePreviousUserTurn()
    {
        var query = FollowUpQueryExpander.Expand("who was she married to?", ["Where was he born?", "Did Trotsky have a younger sister?"]);

        Assert.Equal("Did Trotsky have a younger sister? who was she married to?", query);
    }

    [Fact]
    public void Expand_WithoutHistory_ReturnsTheQuestion()
    {
        Assert.Equal("who plays the lead?", FollowUpQueryExpander.Expand(" who plays the lead? ", []));
        Assert.Equal("who plays the lead?", FollowUpQueryExpander.Expand("who plays the lead?", null));
    }
}
