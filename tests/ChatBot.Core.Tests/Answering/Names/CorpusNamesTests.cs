using ChatBot.Core.Answering.Names;
using ChatBot.Core.Corpus;

namespace ChatBot.Core.Tests.Answering.Names;

public sealed class CorpusNamesTests(RealCorpusAnsweringFixture corpus) : IClassFixture<RealCorpusAnsweringFixture>
{
    [Theory]
    [InlineData("Trotsky", "Lev Davidovich Bronshtein")]
    [InlineData("Trotsky", "Yanovsky")]
    [InlineData("Lev Kamenev", "Rozenfeld")]
    [InlineData("Kiev", "Kyiv")]
    [InlineData("Mykolaiv", "Nikolayev")]
    [InlineData("October Revolution", "Red October")]
    [InlineData("Ramón Mercader", "Jaime Ramón Mercader del Río Hernández")]
    public async Task From_RepositoryCorpus_GroupsTheAliasesTheTextGives(string name, string alias)
    {
        var names = CorpusNames.From((await corpus.Index.GetAsync()).Sections);

        Assert.Contains(alias, names.AliasesOf(name));
    }

    [Fact]
    public async Task From_RepositoryCorpus_TheArticlesSubjectIsTheNameItsFirstParagraphOpensWith()
    {
        var names = CorpusNames.From((await corpus.Index.GetAsync()).Sections);

        Assert.Contains(NameKey.Of("Trotsky"), names.SubjectKeys("leon-trotsky.txt"));
        Assert.Contains(NameKey.Of("Bronshtein"), names.SubjectKeys("leon-trotsky.txt"));
        Assert.DoesNotContain(NameKey.Of("Kamenev"), names.SubjectKeys("leon-trotsky.txt"));
    }

    [Theory]
    [InlineData("Anna Petrova, born Anna Ivanova, was a poet.", "Anna Petrova", "Anna Ivanova")]
    [InlineData("The Red Guard , also known as the Workers' Militia or the People's Guard, was formed in 1917.", "Red Guard", "People's Guard")]
    [InlineData("Petrov joined the council under the name \"Ivanov\" and was elected.", "Petrov", "Ivanov")]
    public void From_APattern_GroupsItsNames(string text, string name, string alias)
    {
        var names = CorpusNames.From([Section("a.md", SectionKind.Article, "Life", text)]);

        Assert.Contains(alias, names.AliasesOf(name));
    }

    [Fact]
    public void From_GlossaryEntry_GroupsItsTitleWithTheFullNameTheAbstractOpensWith()
    {
        var names = CorpusNames.From([Section("a.md", SectionKind.Glossary, "Anna Petrova", "Anna Sergeyevna Petrova or Anya was a poet.")]);

        Assert.Contains("Anna Sergeyevna Petrova", names.AliasesOf("Anna Petrova"));
        Assert.Contains("Anya", names.AliasesOf("Anna Petrova"));
    }

    [Fact]
    public void IsCommonWord_WordTheTextWritesInLowerCase_IsCommon()
    {
        var names = CorpusNames.From([Section("a.md", SectionKind.Article, "Life", "Petrov was born in Tver. The soviet met.")]);

        Assert.True(names.IsCommonWord("Born"));
        Assert.True(names.IsCommonWord("Soviet"));
        Assert.False(names.IsCommonWord("Petrov"));
    }

    private static Section Section(string file, SectionKind kind, string title, string text) =>
        new($"{file}/{title}", kind == SectionKind.Glossary ? ["Glossary", title] : ["Article", title], kind, file, [new Paragraph(text, 0, text.Length)]);
}
