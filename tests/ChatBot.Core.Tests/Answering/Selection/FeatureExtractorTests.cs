using ChatBot.Core.Text;
using ChatBot.Core.Answering.Selection.Features;
using ChatBot.Core.Retrieval;
using static ChatBot.Core.Tests.Answering.Selection.SelectionFixtures;

namespace ChatBot.Core.Tests.Answering.Selection;

public sealed class FeatureExtractorTests
{
    private const string BornSentence = "Leon Trotsky was born in Yanovka on 7 November 1879.";
    private const string FatherSentence = "His father was a prosperous farmer.";

    [Fact]
    public void Lexical_SentenceHoldingEveryQuestionTerm_CoversTheQuestionFully()
    {
        var table = Table([Birth]);
        var question = Question("where was trotsky born", table);

        var features = Features(new LexicalFeatures(), question, table, Candidates(table, Birth), BornSentence);

        Assert.Equal(1f, features["coverage"]);
        Assert.Equal(0f, features["missing_rarest"]);
        Assert.True(features["bm25"] > 0);
    }

    [Fact]
    public void Lexical_SentenceMissingTheRarestTerm_SaysSo()
    {
        var table = Table([Birth, Union, Exile]);
        var question = Question("what was trotskys father's job", table);

        var born = Features(new LexicalFeatures(), question, table, Candidates(table, Birth), BornSentence);
        var father = Features(new LexicalFeatures(), question, table, Candidates(table, Birth), FatherSentence);

        Assert.True(father["coverage"] > born["coverage"]);
        Assert.True(born["missing_rarest"] > 0);
    }

    [Fact]
    public void Lexical_FollowUp_CountsTheEarlierQuestionAsContext()
    {
        var table = Table([Birth]);
        var question = Question("what did his father do", table, context: "where was trotsky born");

        var features = Features(new LexicalFeatures(), question, table, Candidates(table, Birth), BornSentence);

        Assert.True(features["context_coverage"] > 0.9);
    }

    [Fact]
    public void Lexical_FocusIsWhatIsAskedNotTheNamesOrTheFrame()
    {
        var table = Table([Exile]);
        var question = Question("where did trotsky stay in France", table);

        Assert.Contains(TextAnalyzer.Terms("stay")[0], question.Focus);
        Assert.DoesNotContain(TextAnalyzer.Terms("trotsky")[0], question.Focus);
        var stayed = Features(new LexicalFeatures(), question, table, Candidates(table, Exile), "He stayed first at Royan, then at Barbizon.");
        Assert.Equal(1f, stayed["focus_coverage"]);
    }

    [Theory]
    [InlineData("when was trotsky born", BornSentence, "new_year", 1f)]
    [InlineData("when was trotsky born in 1879", BornSentence, "new_year", 0f)]
    [InlineData("when was trotsky born", BornSentence, "type_match", 1f)]
    [InlineData("when was trotsky born", FatherSentence, "type_missing", 1f)]
    [InlineData("what did his father do", FatherSentence, "type_missing", 0f)]
    public void AnswerType_HoldsWhatIsAskedUnlessTheQuestionGivesIt(string text, string sentence, string feature, float expected)
    {
        var table = Table([Birth]);

        var features = Features(new AnswerTypeFeatures(), Question(text, table), table, Candidates(table, Birth), sentence);

        Assert.Equal(expected, features[feature]);
    }

    [Fact]
    public void AnswerType_CountBesideTheCountedNoun_IsTypedNearTheFocus()
    {
        var table = Table([Union]);
        var question = Question("how many members were arrested", table);

        var features = Features(new AnswerTypeFeatures(), question, table, Candidates(table, Union), "In January 1898, over 200 members of the union were arrested.");

        Assert.Equal(1f, features["asks_number"]);
        Assert.Equal(1f, features["typed_near_focus"]);
    }

    [Fact]
    public void AnswerType_WhichHospital_WithNoHospitalNamed_MissesTheType()
    {
        var table = Table([Union]);
        var question = Question("which hospital was trotsky taken to", table);

        var features = Features(new AnswerTypeFeatures(), question, table, Candidates(table, Union), "Trotsky was taken to a hospital in the city.");

        Assert.Equal(1f, features["asks_place"]);
        Assert.Equal(1f, features["type_missing"]);
    }

    [Fact]
    public void Entities_NameTheCorpusNeverMentions_IsAnUnknownName()
    {
        var table = Table([Birth]);
        var question = Question("Who founded the Quellmark Observatory?", table);

        var features = Features(new EntityFeatures(), question, table, Candidates(table, Birth), BornSentence);

        Assert.Contains("quellmark", question.UnknownNames);
        Assert.True(features["question_unknown_names"] > 0);
    }

    [Fact]
    public void Entities_SharedName_CountsAsShared()
    {
        var table = Table([Birth, Exile]);
        var question = Question("what happened in yanovka", table);

        var features = Features(new EntityFeatures(), question, table, Candidates(table, Birth), BornSentence);

        Assert.Equal(1f, features["names_shared"]);
        Assert.Equal(0f, features["names_missing"]);
    }

    [Fact]
    public void Neighbours_SentenceAfterTheOneThatSetsTheScene_SeesItsCoverage()
    {
        var table = Table([Exile]);
        var question = Question("where did trotsky stay after he was offered asylum in france", table);

        var features = Features(new NeighbourFeatures(), question, table, Candidates(table, Exile), "He stayed first at Royan, then at Barbizon.");

        Assert.True(features["previous_coverage"] > 0.5);
        Assert.Equal(0f, features["next_coverage"]);
    }

    [Fact]
    public void Dense_CosineOfTheQuestionAndSentenceVectors()
    {
        var table = Table([Birth], vector: [1, 0]);
        var question = Question("where was trotsky born", table, vector: [1, 0]);

        var features = Features(new DenseFeatures(), question, table, Candidates(table, Birth), BornSentence);

        Assert.Equal(1f, features["cosine"], 3);
    }

    [Fact]
    public void Retrieval_RankAndScoreOfThePassage()
    {
        var table = Table([Birth, Exile]);
        var candidates = Candidates(table, Exile, Birth);

        var features = Features(new RetrievalFeatures(), Question("where was trotsky born", table), table, candidates, BornSentence);

        Assert.Equal(0.5f, features["passage_reciprocal_rank"]);
        Assert.Equal(0.5f, features["passage_score"]);
    }

    [Fact]
    public void Featurizer_GapAndRankComparedWithTheQuestionsOtherCandidates()
    {
        var table = Table([Birth]);
        var candidates = Candidates(table, Birth);
        var featurizer = new CandidateFeaturizer();

        var vectors = featurizer.Featurize(Question("where was trotsky born", table), table, candidates);

        var gap = featurizer.Names.ToList().IndexOf("coverage_gap");
        var rank = featurizer.Names.ToList().IndexOf("coverage_rank");
        var best = candidates.ToList().FindIndex(c => c.Text == BornSentence);
        Assert.Equal(0f, vectors[best][gap]);
        Assert.Equal(1f, vectors[best][rank]);
        Assert.All(vectors, v => Assert.Equal(featurizer.Names.Count, v.Length));
        Assert.Equal(featurizer.Names.Count, featurizer.Names.Distinct().Count());
    }
}
