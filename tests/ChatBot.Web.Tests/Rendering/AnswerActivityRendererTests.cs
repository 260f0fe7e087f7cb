using ChatBot.Core.Answering;
using ChatBot.Web.Rendering;
using ChatBot.Web.Tests.Fakes;
using ChatBot.Web.Tests.Support;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Web.Tests.Rendering;

public sealed class AnswerActivityRendererTests
{
    private static readonly ReplyChannel TeamsPersonal = new("msteams", "personal");
    private static readonly ReplyChannel TeamsChannel = new("msteams", "channel");
    private static readonly ReplyChannel WebChat = new("webchat", null);

    private static readonly ReplyLinks Links = new(new Uri("https://bot.example.org/"));

    private readonly AnswerActivityRenderer _renderer = new();

    // As a channel receives it: the Bot Framework serializer leaves out nulls.
    private static JObject AsSent(Activity activity) =>
        JObject.FromObject(activity, Newtonsoft.Json.JsonSerializer.Create(new() { NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore }));

    [Fact]
    public void Render_Teams_HasValidEntityFeedbackLoopAndNoDefinitions()
    {
        var reply = AsSent(_renderer.Render(FakeAnswerService.BornAnswer, TeamsPersonal, Links));

        var entity = CitationEntityRules.AssertValid(reply);
        Assert.Null(entity["keywords"]);
        Assert.Empty(CitationEntityRules.Definitions((string)reply["text"]!));
        Assert.Equal("default", (string?)reply["channelData"]?["feedbackLoop"]?["type"]);
        Assert.Equal("markdown", (string?)reply["textFormat"]);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public void Render_WebChatChannels_AddDefinitionsAndKeywords(string channelId)
    {
        var reply = AsSent(_renderer.Render(FakeAnswerService.BornAnswer, new ReplyChannel(channelId, null), Links));

        var entity = CitationEntityRules.AssertValid(reply);
        Assert.Equal(["AIGeneratedContent"], entity["keywords"]!.Values<string>());
        var definitions = CitationEntityRules.Definitions((string)reply["text"]!);
        var claims = entity["citation"]!.Cast<JObject>().ToList();
        Assert.Equal(claims.Count, definitions.Count);
        foreach (var claim in claims)
        {
            var (url, title) = definitions[(int)claim["position"]!];
            Assert.Equal((string?)claim["appearance"]!["url"], url);
            Assert.Equal((string?)claim["appearance"]!["name"], title);
        }

        Assert.Null(reply["channelData"]?["feedbackLoop"]);
    }

    [Fact]
    public void Render_RelativeSourceUrl_BecomesAbsoluteOnThePublicBase()
    {
        var reply = AsSent(_renderer.Render(FakeAnswerService.NorwayAnswer, WebChat, Links));

        var url = (string?)reply["entities"]![0]!["citation"]![0]!["appearance"]!["url"];
        Assert.Equal("https://bot.example.org/sources/leon-trotsky/exile#p1", url);
    }

    [Fact]
    public void Render_Decline_CarriesNoCitationsEvenIfTheServiceSentSome()
    {
        var decline = new Answer("I couldn't find that in the text [1].", false, [FakeAnswerService.CitationFor(1, "Exile", "quote")]);

        var reply = AsSent(_renderer.Render(decline, WebChat, Links));

        Assert.Empty(reply["entities"] ?? new JArray());
        Assert.Empty(CitationEntityRules.Definitions((string)reply["text"]!));
    }

    [Fact]
    public void Render_MarkersWithoutCitationsAndUnusedCitations_AreDroppedAndTheRestRenumbered()
    {
        var answer = new Answer(
            "First claim [3]. Second claim [7]. Third claim [1][3].",
            true,
            [
                FakeAnswerService.CitationFor(1, "One", "quote one"),
                FakeAnswerService.CitationFor(2, "Two", "never cited"),
                FakeAnswerService.CitationFor(3, "Three", "quote three"),
            ]);

        var reply = AsSent(_renderer.Render(answer, TeamsPersonal, Links));

        Assert.Equal("First claim [1]. Second claim. Third claim [2][1].", (string)reply["text"]!);
        var entity = CitationEntityRules.AssertValid(reply);
        Assert.Equal(["Three", "One"], entity["citation"]!.Select(c => (string?)c["appearance"]!["name"]));
    }

    [Fact]
    public void Render_MoreThanTwentyCitations_KeepsTwentyAndTheirMarkersOnly()
    {
        var citations = Enumerable.Range(1, 25).Select(i => FakeAnswerService.CitationFor(i, $"Section {i}", $"Quote {i}.")).ToList();
        var text = string.Join(' ', citations.Select(c => $"Claim {c.Index} [{c.Index}]."));

        var reply = AsSent(_renderer.Render(new Answer(text, true, citations), TeamsPersonal, Links));

        var entity = CitationEntityRules.AssertValid(reply);
        Assert.Equal(20, entity["citation"]!.Count());
        Assert.DoesNotContain("[21]", (string)reply["text"]!);
        Assert.Contains("Claim 21.", (string)reply["text"]!);
    }

    [Fact]
    public void Render_LongTitleAndEmptyQuote_StayWithinTeamsLimitsAndAreNeverEmpty()
    {
        var longTitle = string.Join(' ', Enumerable.Repeat("Revolution", 20));
        var answer = new Answer("A claim [1]. Another [2].", true,
        [
            FakeAnswerService.CitationFor(1, "x", string.Join(' ', Enumerable.Repeat("word", 100))) with { Title = longTitle },
            FakeAnswerService.CitationFor(2, "x", "") with { Title = "  ", Section = "Encyclopedia › Exile", Url = "" },
        ]);

        var reply = AsSent(_renderer.Render(answer, TeamsPersonal, Links));

        var claims = CitationEntityRules.AssertValid(reply)["citation"]!;
        Assert.EndsWith("…", (string)claims[0]!["appearance"]!["name"]!);
        Assert.EndsWith("…", (string)claims[0]!["appearance"]!["abstract"]!);
        Assert.Equal("Encyclopedia › Exile", (string?)claims[1]!["appearance"]!["name"]);
        Assert.Equal("Encyclopedia › Exile", (string?)claims[1]!["appearance"]!["abstract"]);
        Assert.Equal("https://bot.example.org/sources/leon-trotsky/x", (string?)claims[1]!["appearance"]!["url"]);
    }

    [Fact]
    public void Render_TitleWithQuotes_IsEscapedInTheDefinition()
    {
        var answer = new Answer("Claim [1].", true, [FakeAnswerService.CitationFor(1, "x", "q") with { Title = "The \"Permanent\" revolution" }]);

        var text = (string)AsSent(_renderer.Render(answer, WebChat, Links))["text"]!;

        Assert.EndsWith("[1]: <https://bot.example.org/sources/leon-trotsky/x#p1> \"The \\\"Permanent\\\" revolution\"", text);
    }

    [Fact]
    public void Render_SuggestedQuestions_ShownInPersonalChatAndWebChatButNotInTeamsChannels()
    {
        Assert.Equal(
            ["Whose guest was he there?", "Why did he leave Norway?"],
            _renderer.Render(FakeAnswerService.NorwayAnswer, TeamsPersonal, Links).SuggestedActions.Actions.Select(a => (string)a.Value));
        Assert.Equal(2, _renderer.Render(FakeAnswerService.NorwayAnswer, WebChat, Links).SuggestedActions.Actions.Count);
        Assert.Null(_renderer.Render(FakeAnswerService.NorwayAnswer, TeamsChannel, Links).SuggestedActions);
        Assert.All(_renderer.Render(FakeAnswerService.NorwayAnswer, WebChat, Links).SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public void Render_Notice_IsShownAboveTheAnswer()
    {
        var answer = FakeAnswerService.NorwayAnswer with { Notice = "The model was unreachable; the offline answerer replied." };

        var text = _renderer.Render(answer, TeamsPersonal, Links).Text;

        Assert.StartsWith("_The model was unreachable; the offline answerer replied._\n\nJustice Minister", text);
    }
}
