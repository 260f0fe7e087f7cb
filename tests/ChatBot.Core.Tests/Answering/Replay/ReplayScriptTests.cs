using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Replay;
using ChatBot.Core.Corpus;
using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Tests.Answering.Replay;

public sealed class ReplayScriptTests
{
    private static readonly EvalItem Item = new("t1", "Where was Trotsky born?", "place", "Trotsky was born in Yanovka on 7 November 1879.", ["Yanovka"], ["Childhood"], "born in Yanovka");

    private static readonly PromptSource[] Sources =
    [
        new(1, "Encyclopedia › Exile", "In 1902 he escaped from a prison camp in Siberia. He went to London to join Lenin."),
        new(2, "Encyclopedia › Childhood", "Trotsky was born in Yanovka on 7 November 1879. His father, a farmer, knew Kamenev."),
    ];

    private static readonly ReplayScript Script = new(People());

    [Fact]
    public void Reply_Faithful_CitesThePassageHoldingTheEvidence()
    {
        var reply = Script.Reply(Item, ReplayKind.Faithful, Sources);

        Assert.Equal("Trotsky was born in Yanovka on 7 November 1879 [2].", reply.Text);
        Assert.Equal(2, reply.EvidenceSource);
        Assert.Equal([reply.Text], reply.Claims);
    }

    [Theory]
    [InlineData(ReplayKind.ChangedNumber, "Trotsky was born in Yanovka on 8 November 1879 [2].")]
    [InlineData(ReplayKind.ChangedMonth, "Trotsky was born in Yanovka on 7 December 1879 [2].")]
    [InlineData(ReplayKind.SwappedName, "Zinoviev was born in Yanovka on 7 November 1879 [2].")]
    [InlineData(ReplayKind.SwappedNameSamePassage, "Kamenev was born in Yanovka on 7 November 1879 [2].")]
    [InlineData(ReplayKind.Negated, "Trotsky was not born in Yanovka on 7 November 1879 [2].")]
    [InlineData(ReplayKind.WrongPassage, "Trotsky was born in Yanovka on 7 November 1879 [1].")]
    [InlineData(ReplayKind.NoMarkers, "Trotsky was born in Yanovka on 7 November 1879.")]
    [InlineData(ReplayKind.MergedPassages, "Trotsky was born in Yanovka on 7 November 1879; in 1902 he escaped from a prison camp in Siberia [2].")]
    [InlineData(ReplayKind.FaithfulTwoSources, "Trotsky was born in Yanovka on 7 November 1879; in 1902 he escaped from a prison camp in Siberia [2][1].")]
    [InlineData(ReplayKind.PartialDecline, "Trotsky was born in Yanovka on 7 November 1879 [2]. I couldn't find that in the text.")]
    [InlineData(ReplayKind.Decline, "I couldn't find that in the text.")]
    public void Reply_EachKind_ChangesTheFaithfulAnswerItsWay(ReplayKind kind, string expected)
    {
        var reply = Script.Reply(Item, kind, Sources);

        Assert.True(reply.Applicable);
        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public void Reply_InventedSentence_AppendsAFactNoPassageStatesUnderTheSameMarker()
    {
        var reply = Script.Reply(Item, ReplayKind.InventedSentence, Sources);

        var invented = Assert.Single(reply.Corrupted);
        Assert.EndsWith("[2].", invented, StringComparison.Ordinal);
        Assert.StartsWith("Trotsky was born in Yanovka on 7 November 1879 [2]. ", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_EvidenceInNoPromptPassage_IsNotScoredAndDeclines()
    {
        var reply = Script.Reply(Item, ReplayKind.Faithful, [Sources[0]]);

        Assert.False(reply.Applicable);
        Assert.False(reply.EvidenceRetrieved);
        Assert.Equal(DeclineSentence.Text, reply.Text);
    }

    [Fact]
    public void Reply_UnanswerableItem_GetsOnlyTheDeclineAndAnInventedAnswer()
    {
        var unanswerable = Item with { Answer = "", MustInclude = [], GoldSections = [], Evidence = "" };

        Assert.Equal(DeclineSentence.Text, Script.Reply(unanswerable, ReplayKind.Decline, Sources).Text);
        Assert.True(Script.Reply(unanswerable, ReplayKind.InventedSentence, Sources).Applicable);
        Assert.False(Script.Reply(unanswerable, ReplayKind.Faithful, Sources).Applicable);
    }

    [Fact]
    public void Standalone_FollowUpWithARewrite_IsTheRewriteElseThePreviousQuestionAndThisOne()
    {
        var followUp = Item with { Id = "f1", Question = "and his father?", History = ["Where was Trotsky born?"] };
        var script = new ReplayScript(People(), new Dictionary<string, string> { ["f1"] = "Who was Trotsky's father?" });

        Assert.Equal("Who was Trotsky's father?", script.Standalone(followUp));
        Assert.Equal("Where was Trotsky born? and his father?", Script.Standalone(followUp));
    }

    [Fact]
    public void Parse_RenderedAnswerPrompt_ReadsTheNumberedPassagesAsAModelWould()
    {
        var prompt = "Passages:\n" + GenerativeAnswerService.RenderSources(TestPassages.Three) + "\n\nQuestion: Where was he born?";

        var sources = PromptSource.Parse(prompt);

        Assert.Equal([1, 2, 3], sources.Select(s => s.Number));
        Assert.Equal("Encyclopedia › Childhood", sources[0].Path);
        Assert.Equal(TestPassages.Birth.Text, sources[0].Text);
        Assert.Equal(TestPassages.Army.Text, sources[2].Text);
    }

    private static ReplayPeople People() => ReplayPeople.From(
    [
        new Section("a/overview", ["Overview"], SectionKind.Article, "leon-trotsky.txt", [new Paragraph("Leon Trotsky born Lev Bronshtein, was a revolutionary.", 0, 10)]),
        Glossary("Grigory Zinoviev", "Grigory Yevseevich Zinoviev was a Bolshevik revolutionary. He was born in 1883."),
        Glossary("Lev Kamenev", "Lev Borisovich Kamenev was a Bolshevik revolutionary. He was born in Moscow."),
        Glossary("Odessa", "Odessa is a city in Ukraine."),
    ]);

    private static Section Glossary(string title, string text) =>
        new($"g/{title}", ["Glossary", title], SectionKind.Glossary, "leon-trotsky.txt", [new Paragraph(text, 0, text.Length)]);
}
