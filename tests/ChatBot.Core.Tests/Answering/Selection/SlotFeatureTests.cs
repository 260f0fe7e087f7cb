using ChatBot.Core.Answering.Selection;
using ChatBot.Core.Answering.Selection.Features;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using static ChatBot.Core.Tests.Answering.Selection.SelectionFixtures;

namespace ChatBot.Core.Tests.Answering.Selection;

public sealed class SlotFeatureTests
{
    private static readonly Passage Ships = TestPassages.Make("p-ships", "ships", "Exile",
        "His transfer to Mexico on a freighter was arranged. After returning, he took over the newspaper Russian Gazette. " +
        "The deputies were arrested. Over 200 deputies were arrested in Tampico. Trotsky was taken to a hospital. " +
        "He wrote under a variety of pseudonyms, often Antid Oto.");

    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "trotsky", "german", "mexico", "odessa", "norway" };

    [Theory]
    [InlineData("which hospital was trotsky taken to after the attack", "hospital")]
    [InlineData("whats the name of the freighter that took him from norway to mexico", "freighter")]
    [InlineData("how many deputies were arrested", "deputies")]
    [InlineData("who was trotskys lawyer at the 1906 trial", "lawyer")]
    [InlineData("who was the captain of the kristianiafjord", "captain")]
    [InlineData("What was the name of the German school in Odessa?", "school")]
    [InlineData("who was trotsky's loyal deputy during the civil war", "deputy")]
    [InlineData("what pen name did he use", "pseudonym")]
    public void Head_IsTheNounAskedFor(string question, string noun) =>
        Assert.Equal(TextAnalyzer.Terms(noun).Single(), QuestionHead.Find(question, Names.Contains)?.Term);

    [Theory]
    [InlineData("what did trotsky write about lenin")]
    [InlineData("what year was the fourth international founded")]
    [InlineData("who was running the soviet")]
    [InlineData("what forced him to resign")]
    [InlineData("why was he expelled")]
    [InlineData("whats the sledgehammer quote")]
    [InlineData("trotsky exile mexico")]
    public void Head_NoneWhenTheQuestionAsksForNoInstanceOfANoun(string question) =>
        Assert.Null(QuestionHead.Find(question, Names.Contains));

    [Theory]
    [InlineData("which newspaper did he take over", "After returning, he took over the newspaper Russian Gazette.", "head_filled")]
    [InlineData("how many deputies were arrested", "Over 200 deputies were arrested in Tampico.", "head_filled")]
    [InlineData("how many deputies were arrested", "The deputies were arrested.", "head_bare")]
    [InlineData("which hospital was trotsky taken to", "Trotsky was taken to a hospital.", "head_indefinite")]
    [InlineData("what was the name of the freighter", "His transfer to Mexico on a freighter was arranged.", "head_indefinite")]
    [InlineData("what pseudonym did he use", "He wrote under a variety of pseudonyms, often Antid Oto.", "head_filled")]
    [InlineData("who was the captain of the freighter", "After returning, he took over the newspaper Russian Gazette.", "head_absent")]
    public void Slot_SaysHowTheSentenceNamesTheNounAskedFor(string question, string sentence, string state)
    {
        var table = Table([Ships]);

        var features = Features(new SlotFeatures(), Question(question, table), table, Candidates(table, Ships), sentence);

        Assert.Equal(1f, features["head_asked"]);
        foreach (var name in new[] { "head_absent", "head_indefinite", "head_bare", "head_filled" })
        {
            Assert.Equal(name == state ? 1f : 0f, features[name]);
        }
    }

    [Fact]
    public void Slot_TheStatesAreOrdered_FromAbsentToFilled()
    {
        var table = Table([Ships]);
        var question = Question("how many deputies were arrested", table);
        var candidates = Candidates(table, Ships);

        var bare = Features(new SlotFeatures(), question, table, candidates, "The deputies were arrested.");
        var filled = Features(new SlotFeatures(), question, table, candidates, "Over 200 deputies were arrested in Tampico.");
        var absent = Features(new SlotFeatures(), question, table, candidates, "Trotsky was taken to a hospital.");

        Assert.True(absent["head_slot"] < bare["head_slot"]);
        Assert.True(bare["head_slot"] < filled["head_slot"]);
    }

    [Fact]
    public void Slot_NumberTheQuestionGives_DoesNotFillIt()
    {
        var table = Table([Ships]);

        var features = Features(new SlotFeatures(), Question("were over 200 deputies arrested, how many deputies", table), table, Candidates(table, Ships), "Over 200 deputies were arrested in Tampico.");

        Assert.Equal(0f, features["head_filled"]);
    }

    [Fact]
    public void Slot_QuestionWithoutAHead_IsMarkedApart()
    {
        var table = Table([Ships]);

        var features = Features(new SlotFeatures(), Question("why was he arrested", table), table, Candidates(table, Ships), "The deputies were arrested.");

        Assert.Equal(0f, features["head_asked"]);
        Assert.Equal(-1f, features["head_slot"]);
    }
}
