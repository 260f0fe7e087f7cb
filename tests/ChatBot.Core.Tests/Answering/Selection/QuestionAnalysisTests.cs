using ChatBot.Core.Answering.Selection;
using static ChatBot.Core.Tests.Answering.Selection.SelectionFixtures;

namespace ChatBot.Core.Tests.Answering.Selection;

public sealed class QuestionAnalysisTests
{
    [Theory]
    [InlineData("when was trotsky born", QuestionType.Date)]
    [InlineData("In what year did he die?", QuestionType.Date)]
    [InlineData("how many members were arrested", QuestionType.Number)]
    [InlineData("who killed trotsky", QuestionType.Person)]
    [InlineData("where is he buried?", QuestionType.Place)]
    [InlineData("which hospital was he taken to", QuestionType.Place)]
    [InlineData("why was he expelled", QuestionType.Reason)]
    [InlineData("what does Mezhraiontsy mean in english", QuestionType.Meaning)]
    [InlineData("what was the name of the freighter", QuestionType.Name)]
    [InlineData("whats the sledgehammer quote", QuestionType.Quote)]
    [InlineData("trotsky exile mexico", QuestionType.Other)]
    public void QuestionTypes_FromTheQuestionWords(string question, QuestionType expected) =>
        Assert.Equal(expected, QuestionTypes.Of(question));

    [Theory]
    [InlineData("whats")]
    [InlineData("didnt")]
    [InlineData("wasnt")]
    [InlineData("wich")]
    [InlineData("weapon")]
    public void CommonWords_AsPeopleTypeThem(string word) => Assert.True(CommonEnglishWords.ContainsAsTyped(word));

    [Theory]
    [InlineData("quellmark")]
    [InlineData("zzyzxq")]
    public void CommonWords_InventedNames_AreNotCommonWords(string word) => Assert.False(CommonEnglishWords.ContainsAsTyped(word));

    [Theory]
    [InlineData("whats trotskys birthday")]
    [InlineData("wich village was he born in")]
    [InlineData("where was trotksy born")]
    [InlineData("what weapon killed trotsky")]
    public void Profile_TyposPossessivesAndParaphrases_AreNoUnknownNames(string question)
    {
        var table = Table([Birth]);

        Assert.Empty(Question(question, table).UnknownNames);
    }

    [Fact]
    public void Profile_MisspeltCorpusWord_IsCorrectedToTheCorpusTerm()
    {
        var table = Table([Birth]);

        var question = Question("where was trotksy born", table);

        Assert.Contains(question.Terms.Keys, t => t.StartsWith("trotsk", StringComparison.Ordinal));
        Assert.Empty(question.UnknownWords);
    }
}
