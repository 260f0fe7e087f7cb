using ChatBot.Core.Answering;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Tests.Answering.Names;

/// <summary>
/// The name check of the citation verifier, over hand-made passages of the article and the aliases the repository's
/// corpus gives (its glossary, "born …", "also known as …", "… or …", "under the name …"): a claim keeps its citation
/// only when every name in it is in the passage it cites, however the name is spelt.
/// </summary>
public sealed class NameCheckTests(RealCorpusAnsweringFixture corpus) : IClassFixture<RealCorpusAnsweringFixture>
{
    private static readonly Passage Birth = Article("p-birth", "Trotsky was born in Yanovka in 1879. His father was a prosperous farmer.");
    private static readonly Passage Books = Article("p-books", "In 1924 he published Literature and Revolution. He opposed the Mensheviks.");
    private static readonly Passage Places = Article("p-places", "He studied in Mykolaiv, then worked in Kiev. He lived in Coyoacán until 1940.");
    private static readonly Passage Dacha = Article("p-dacha", "Kamenev and Lenin met at the dacha. Lenin then wrote to Stalin.");

    public static TheoryData<string, Passage, bool> Claims => new()
    {
        // Possessives, with either apostrophe or none.
        { "Trotsky's father was a prosperous farmer [1].", Birth, true },
        { "Trotsky’s father was a prosperous farmer [1].", Birth, true },
        { "Trotskys father was a prosperous farmer [1].", Birth, true },
        { "Zinoviev's father was a prosperous farmer [1].", Birth, false },

        // Aliases the corpus gives: "Leon Trotsky born Lev Davidovich Bronshtein", "under the name "Yanovsky"".
        { "Bronshtein was born in Yanovka in 1879 [1].", Birth, true },
        { "Lev Davidovich Bronshtein was born in Yanovka in 1879 [1].", Birth, true },
        { "Leon Trotsky was born in Yanovka in 1879 [1].", Birth, true },
        { "Yanovsky was born in Yanovka in 1879 [1].", Birth, true },

        // Transliterations and initials.
        { "Trotskii was born in Yanovka in 1879 [1].", Birth, true },
        { "Trotskij was born in Ianovka in 1879 [1].", Birth, true },
        { "Bronstein was born in Yanovka in 1879 [1].", Birth, true },
        { "L. D. Trotsky was born in Yanovka in 1879 [1].", Birth, true },

        // Someone the passage does not name, whoever else the corpus knows.
        { "Kamenev was born in Yanovka in 1879 [1].", Birth, false },
        { "Lev Kamenev was born in Yanovka in 1879 [1].", Birth, false },
        { "Sergei Trotsky was born in Yanovka in 1879 [1].", Birth, false },

        // Places: diacritics folded both ways, the corpus's "X, also known as Y" and "X or Y" aliases.
        { "He lived in Coyoacan until 1940 [1].", Places, true },
        { "He studied in Nikolayev, then worked in Kiev [1].", Places, true },
        { "He studied in Mykolaiv, then worked in Kyiv [1].", Places, true },
        { "He studied in Odessa, then worked in Kiev [1].", Places, false },

        // Titles and organisations.
        { "In 1924 he published Literature and Revolution [1].", Books, true },
        { "In 1924 he published The Revolution Betrayed [1].", Books, false },
        { "He opposed the Bolsheviks [1].", Books, false },

        // Two names put together from one passage's words are not a name it gives; and a name must stand near what is said of it.
        { "Stalin Kamenev and Lenin met at the dacha [1].", Dacha, false },
        { "Kamenev and Lenin met at the dacha [1].", Dacha, true },
    };

    [Theory]
    [MemberData(nameof(Claims))]
    public async Task VerifyAsync_NamedClaim_KeepsItsCitationOnlyWhenThePassageGivesTheName(string claim, Passage passage, bool supported)
    {
        var verified = await Verifier().VerifyAsync(claim, [passage]);

        Assert.Equal(supported, verified.Citations.Count == 1);
        Assert.Equal(supported, verified.Text.Length > 0);
    }

    [Fact]
    public async Task VerifyAsync_ClaimNamingSomeoneElseInTheSamePassage_LosesItsCitation()
    {
        // The dacha passage names Stalin, but not as the one who met Lenin there.
        var passage = Article("p-letter", "Kamenev and Lenin met at the dacha in May. They talked for hours about the party. Months later Lenin wrote a letter to Stalin.");

        var verified = await Verifier().VerifyAsync("Stalin and Lenin met at the dacha in May [1].", [passage]);

        Assert.Empty(verified.Citations);
    }

    private CitationVerifier Verifier()
    {
        var options = TestPassages.Options();
        return new CitationVerifier(options, new CitationFactory(options), corpus: corpus.Index);
    }

    private static Passage Article(string id, string text) =>
        new(id, $"leon-trotsky/{id}", ["Encyclopedia", id], SectionKind.Article, text, "leon-trotsky.txt", 0, text.Length);
}
