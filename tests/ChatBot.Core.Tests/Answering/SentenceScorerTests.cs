using ChatBot.Core.Answering;

namespace ChatBot.Core.Tests.Answering;

public sealed class SentenceScorerTests
{
    [Theory]
    [InlineData("who killed trotsky", "Person")]
    [InlineData("When did Trotsky move to France?", "Date")]
    [InlineData("On what date was Trotsky expelled?", "Date")]
    [InlineData("how big did the red army get? numbers pls", "Number")]
    [InlineData("Where is Trotsky buried?", "Place")]
    [InlineData("Why did Trotsky leave Vienna?", "Reason")]
    [InlineData("What slogan did Trotsky adopt?", "Any")]
    [InlineData("what did trotskys father die from?", "Reason")]
    [InlineData("How was the committee divided, and who voted with Trotsky?", "Person")]
    [InlineData("What does Mezhraiontsy mean in English?", "Meaning")]
    [InlineData("What event in 1927 showed how that turned out?", "Event")]
    [InlineData("Which hospital was Trotsky taken to?", "Place")]
    [InlineData("Trotsky missed Lenin's funeral. How come?", "Reason")]
    [InlineData("what made trotsky walk away from the mensheviks in 1904?", "Reason")]
    [InlineData("Vatsetis wanted to halt the offensive in June 1919. Who on the Eastern Front pushed back against that?", "Person")]
    [InlineData("Trotsky was exiled in 1928. Where to?", "Place")]
    [InlineData("what was trotskys birthday", "Date")]
    [InlineData("how did trotsky die", "Reason")]
    [InlineData("What was Trotsky's reasoning for holding on to the city?", "Reason")]
    [InlineData("What was the name of the freighter that took Trotsky from Norway to Mexico?", "Name")]
    [InlineData("whats the name of the freighter that took him from norway to mexico", "Name")]
    [InlineData("What salary did Trotsky get as chairman?", "Number")]
    [InlineData("There's a one-liner of his about a sledgehammer. How does it go, and where is it from?", "Quote")]
    [InlineData("Where was that quote from?", "Quote")]
    [InlineData("There's a well-known one-liner of his about a sledgehammer. How does it go?", "Quote")]
    [InlineData("One of the Trotsky quotations likens the state to a lamp. What form does the state take?", "Quote")]
    public void TypeOf_Question_IsTheKindOfAnswerAskedFor(string question, string expected)
    {
        Assert.Equal(expected, SentenceScorer.TypeOf(question).ToString());
    }

    [Fact]
    public void Score_SentenceHoldingTheAskedDate_RanksAboveOneThatOnlyRepeatsTheQuestion()
    {
        var passage = TestPassages.Make("p", "s", "S", "Trotsky moved to France as a war correspondent. He moved to France on 19 November 1914.");

        var ranked = new SentenceScorer("When did Trotsky move to France?", context: null).Score([passage]);

        Assert.Contains("19 November 1914", ranked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MisspelledQuestionWord_StillMatches()
    {
        var passages = new[] { TestPassages.Make("p", "s", "S", "Trotsky wrote a document known as his Testament."), TestPassages.Make("q", "t", "T", "Trotsky liked to hunt.") };

        var ranked = new SentenceScorer("when did trotsky write his testement?", context: null).Score(passages);

        Assert.Contains("Testament", ranked[0].Text, StringComparison.Ordinal);
        Assert.True(ranked[0].Coverage > 0.5);
    }

    [Fact]
    public void Score_GlossaryEntryNotNamedInTheQuestion_IsNoCandidate()
    {
        var glossary = TestPassages.Make("g", "g", "Martin Dies", "Martin Dies was a Texas politician. His father died in 1920.") with { Kind = ChatBot.Core.Corpus.SectionKind.Glossary };

        var ranked = new SentenceScorer("what did trotskys father die from?", context: null).Score([glossary]);

        Assert.Empty(ranked);
    }

    [Fact]
    public void Score_DateQuestion_PrefersTheFullDateOverABareYear()
    {
        var passage = TestPassages.Make("p", "s", "S", "His grandson was born 1926 in Mexico. Trotsky was born on 7 November 1879 in Yanovka.");

        var ranked = new SentenceScorer("When was Trotsky born?", context: null).Score([passage]);

        Assert.Contains("7 November 1879", ranked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WhoVerbQuestion_PrefersTheSentenceWithTheVerbAndItsAgent()
    {
        var passage = TestPassages.Make("p", "s", "S", "In New York he wrote for the Russian paper Novy Mir. Novy Mir was edited by Nikolai Bukharin.");

        var ranked = new SentenceScorer("who edited novy mir, the russian paper trotsky wrote for in new york?", context: null).Score([passage]);

        Assert.Contains("Bukharin", ranked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SentenceAboutAnotherOrdinal_RanksBelowTheOneAsked()
    {
        var passage = TestPassages.Make("p", "s", "S", "The 5th Congress of the RSDLP was held in London in 1907. The party's 2nd congress was held in London in August 1903.");

        var ranked = new SentenceScorer("Where and when was the RSDLP's second congress held?", context: null).Score([passage]);

        Assert.Contains("August 1903", ranked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_HowManyQuestion_PrefersTheSentenceWithTheNumberOverOneRepeatingTheQuestionWords()
    {
        var passage = TestPassages.Make("p", "s", "S", "Throughout late 1918 and early 1919 there were a number of attacks on the leadership of the Red Army. Mobilization increased the size of the Red Army from less than 300,000 in May 1918 to one million in October.");

        var ranked = new SentenceScorer("how big did the red army get in 1918 and 1919? numbers pls", context: null).Score([passage]);

        Assert.Contains("300,000", ranked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NumberWrittenOut_HoldsTheNumberAsked()
    {
        var scorer = new SentenceScorer("How many posts was Trotsky given in 1925?", context: null);

        var ranked = scorer.Score([TestPassages.Make("p", "s", "S", "In May 1925 he was given three posts in the economy. Trotsky was given posts.")]);

        Assert.True(scorer.RequiresType);
        Assert.Equal(true, ranked.Single(c => c.Text.StartsWith("In May", StringComparison.Ordinal) && c.Count == 1).TypeMatch);
        Assert.Equal(false, ranked.Single(c => c.Text.StartsWith("Trotsky was", StringComparison.Ordinal)).TypeMatch);
    }

    [Fact]
    public void Score_QuoteQuestion_TheQuotationBeatsASentenceSharingTheFramingWords()
    {
        var quotations = TestPassages.Make("q", "quotations", "Quotations", "A sledgehammer breaks glass but forges steel.") with { Kind = ChatBot.Core.Corpus.SectionKind.Quotations };
        var article = TestPassages.Make("a", "s", "S", "Some well-known economists argued that the party should focus on the workers.");

        var ranked = new SentenceScorer("There's a well-known one-liner of his about a sledgehammer. How does it go?", context: null).Score([article, quotations]);

        Assert.StartsWith("A sledgehammer", ranked[0].Text, StringComparison.Ordinal);
        Assert.Equal(true, ranked[0].TypeMatch);
    }

    [Fact]
    public void Score_WhatBecameOfHer_AsksAboutWhomTheEarlierQuestionNamed()
    {
        var passage = TestPassages.Make("p", "s", "S", "In 1902 Trotsky met Natalia Sedova, who soon became his wife. Trotsky's first wife, Aleksandra, disappeared in 1935 during the Great Purges.");

        var ranked = new SentenceScorer("what became of her?", context: "Who was Trotsky's first wife?").Score([passage]);

        Assert.Contains("Aleksandra", ranked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MeaningQuestion_AQuotedGlossInBracketsGivesTheMeaning()
    {
        var ranked = new SentenceScorer("What pen name did he use, and what does it mean?", context: null)
            .Score([TestPassages.Make("p", "s", "S", "Under the pen name Pero (\"feather\" or \"pen\" in Russian), Trotsky became a leading author.")]);

        Assert.Equal(true, ranked[0].TypeMatch);
    }

    [Theory]
    [InlineData("did trotsky keep any pets at his house in coyoacan?", true)]
    [InlineData("Trotsky lived in Coyoacán. Did he ever play chess there?", true)]
    [InlineData("did trotsky live in a house in coyoacan?", false)]
    [InlineData("ok but did anybody live in his house in coyoacan?", false)]
    [InlineData("what pets did trotsky keep at his house in coyoacan?", false)]
    public void Score_YesNoQuestionAboutSomethingNoSentenceMentions_ReportsItMissing(string question, bool missing)
    {
        var scorer = new SentenceScorer(question, context: null);

        scorer.Score([TestPassages.Make("p", "s", "S", "Trotsky's house in Coyoacán is now a museum. He lived there with his grandson.")]);

        // The word reported is one the passage does not hold ("keep", "pet", "play", "chess").
        Assert.Equal(missing, scorer.MissingFocus is not null);
        Assert.True(scorer.MissingFocus is null || !ContentWords.Of("Trotsky's house in Coyoacán is now a museum. He lived there with his grandson.").Contains(scorer.MissingFocus));
    }

    [Theory]
    [InlineData("How many members of the union were arrested?", "In January 1898, over 200 members of the union were arrested.", true)]
    [InlineData("How many people lived in Yanovka?", "He was born in Yanovka, a small village 15 miles from the nearest post office.", false)]
    [InlineData("how much was trotsky getting paid in new york?", "He was officially earning some $15 a week.", true)]
    [InlineData("How much did the house in Coyoacán cost?", "The house in Coyoacán had 12 rooms.", false)]
    public void Score_HowManyOrHowMuch_NeedsANumberOfWhatIsCountedOrAnAmountOfMoney(string question, string sentence, bool holds)
    {
        var ranked = new SentenceScorer(question, context: null).Score([TestPassages.Make("p", "s", "S", sentence)]);

        Assert.Equal(holds, ranked.Single().TypeMatch);
    }

    [Theory]
    [InlineData("Which hospital was Trotsky taken to?", "Trotsky was taken to a hospital, operated on, and survived for more than a day.", false)]
    [InlineData("Which hospital was Trotsky taken to?", "Trotsky was taken to the Cruz Verde hospital in Mexico City.", true)]
    [InlineData("What was the name of the paper he started?", "In October 1908 he started a paper called Pravda.", true)]
    [InlineData("What was the name of the paper he started?", "In october 1908 he started a paper for workers.", false)]
    [InlineData("What salary did Trotsky get as chairman?", "He was given three posts as chairman.", false)]
    [InlineData("What was the name of the German school in Odessa he was enrolled in?", "He was enrolled in an historically German school, which became Russified.", false)]
    [InlineData("What was the name of the school in Odessa he was enrolled in?", "He was enrolled in St. Paul's school in Odessa.", true)]
    public void Score_NamedThingOrAmountAsked_OnlyASentenceGivingItAnswers(string question, string sentence, bool holds)
    {
        var scorer = new SentenceScorer(question, context: null);

        var ranked = scorer.Score([TestPassages.Make("p", "s", "S", sentence)]);

        Assert.True(scorer.RequiresType);
        Assert.Equal(holds, ranked.Single().TypeMatch);
    }

    [Fact]
    public void Score_PlaceQuestion_ACapitalisedCommonNounInATitleIsNoPlace()
    {
        var passage = TestPassages.Make("p", "s", "S", "It was the subject of a play, Variations on the Death of Trotsky. His death came a day after the attack.");

        var ranked = new SentenceScorer("where did trotsky die", context: null).Score([passage]);

        Assert.Equal(false, ranked.Single(c => c.Text.StartsWith("It was", StringComparison.Ordinal) && c.Count == 1).TypeMatch);
    }

    [Fact]
    public void Score_DayOfADate_IsNoAnswerToHowMany()
    {
        var scorer = new SentenceScorer("How many years in prison did Mercader get?", context: null);

        var ranked = scorer.Score([TestPassages.Make("p", "s", "S", "On 20 August 1940 Mercader attacked Trotsky. Mercader spent 20 years in prison.")]);

        Assert.Equal(false, ranked.Single(c => c.Text.StartsWith("On 20", StringComparison.Ordinal) && c.Count == 1).TypeMatch);
        Assert.Equal(true, ranked.Single(c => c.Text.StartsWith("Mercader spent", StringComparison.Ordinal)).TypeMatch);
    }

    [Theory]
    [InlineData("Trotsky left the Mensheviks in September 1904 over their insistence on an alliance with Russian liberals.", true)]
    [InlineData("He resigned over the issue of the army.", true)]
    [InlineData("Over the next two years he wrote for the paper.", false)]
    public void Score_WhyQuestion_OverTheirInsistenceStatesACause(string sentence, bool cause)
    {
        var ranked = new SentenceScorer("Why did Trotsky leave?", context: null).Score([TestPassages.Make("p", "s", "S", sentence)]);

        Assert.Equal(cause, ranked.Single().TypeMatch);
    }

    [Fact]
    public void Score_SceneSettingQuestion_SentenceThatOnlyRestatesTheSceneRanksBelowOneWithTheAskedYear()
    {
        var passage = TestPassages.Make("p", "s", "S", "Stalin told the Chinese Communist Party to follow the Kuomintang's orders and support Chiang. Chiang turned on the communists in the Shanghai massacre of 1927.");

        var ranked = new SentenceScorer("Stalin had the Chinese communists follow the Kuomintang's orders. What event in 1927 showed how that turned out?", context: null).Score([passage]);

        Assert.Contains("Shanghai", ranked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RequestForHisWords_DoesNotNeedTheTextToSayGiveOrWords()
    {
        var passage = TestPassages.Make("p", "s", "S", "At the Ninth Party Congress he argued for a regime under which each worker feels himself to be a soldier of labor.");
        var plain = new SentenceScorer("At the Ninth Party Congress, how should each worker feel under the regime?", context: null).Score([passage]);

        var asked = new SentenceScorer("At the Ninth Party Congress, how should each worker feel under the regime? Give his words.", context: null).Score([passage]);

        Assert.Equal(plain[0].Coverage, asked[0].Coverage, 3);
    }

    [Theory]
    [InlineData("Who was Trotsky's defence lawyer at the trial?", "lawyer")]
    [InlineData("What did Trotsky's mother do for a living?", "mother")]
    [InlineData("what did trotskys father die from?", "father")]
    [InlineData("What did Trotsky's father die from?", "father")]
    [InlineData("What was Trotsky's reasoning for holding on to the city?", null)]
    [InlineData("What was the name of Trotsky's dog in Mexico?", "dog")]
    [InlineData("what were their children called?", "children")]
    [InlineData("Who was the captain of the SS Kristianiafjord?", "captain")]
    [InlineData("What was the name of the ship that took Trotsky to New York?", null)]
    [InlineData("When did Trotsky move to France?", null)]
    public void FocusOf_Question_IsThePossessedOrRoleNounAskedAbout(string question, string? expected)
    {
        var focus = SentenceScorer.FocusOf(question);

        Assert.Equal(expected is null ? null : ContentWords.Stem(expected), focus);
    }

    [Fact]
    public void Score_FocusNounInNoSentence_IsReportedMissing()
    {
        var passage = TestPassages.Make("p", "s", "S", "Trotsky was tried with the other Soviet leaders in 1906 and sentenced to exile.");
        var scorer = new SentenceScorer("Who was Trotsky's defence lawyer at the 1906 trial?", context: null);

        scorer.Score([passage]);

        Assert.Equal("lawyer", scorer.MissingFocus);
    }

    [Theory]
    [InlineData("Trotsky briefly joined the Mezhraiontsy in 1917. When did he leave?", "When did he leave?", "Trotsky briefly joined the Mezhraiontsy in 1917.")]
    [InlineData("Stalin backed the Kuomintang. What event showed how that turned out?", "Stalin backed the Kuomintang. What event showed how that turned out?", "")]
    [InlineData("After trying to restart the economy of the Urals, what did Trotsky propose?", "what did Trotsky propose?", "After trying to restart the economy of the Urals,")]
    [InlineData("how big did the red army get in 1918 and 1919? numbers pls", "how big did the red army get in 1918 and 1919? numbers pls", "")]
    [InlineData("Who was Trotsky's lawyer at the trial of the St. Petersburg Soviet?", "Who was Trotsky's lawyer at the trial of the St. Petersburg Soviet?", "")]
    public void SplitScene_Question_SeparatesTheSceneFromWhatIsAsked(string question, string asking, string scene)
    {
        var (actualAsking, actualScene) = SentenceScorer.SplitScene(question);

        Assert.Equal(asking, actualAsking.Trim());
        Assert.Equal(scene, actualScene);
    }

    [Theory]
    [InlineData("Trotsky was assassinated by Ramon Mercader.", "who killed trotsky")]
    [InlineData("He was expelled from the party.", "when was he kicked out of the party")]
    [InlineData("He wrote under several pseudonyms.", "which pen name did he use")]
    [InlineData("Trotsky left the Mensheviks in September 1904.", "why did he walk away from the mensheviks in sept 1904")]
    [InlineData("Trotsky was awarded the Order of the Red Banner.", "what medal or decoration did he get")]
    [InlineData("He was officially earning some $15 a week.", "how much was he paid")]
    [InlineData("He spent a month detained at Amherst.", "where did they keep him")]
    [InlineData("He published the secret treaties.", "which confidential documents did he make public")]
    [InlineData("Leon Trotsky was born on 7 November 1879.", "what was trotskys birthday")]
    [InlineData("Just as a lamp, before going out, shoots up in a brilliant flame.", "what flares up at the end")]
    [InlineData("It increased the size of the Red Army.", "how big did it get")]
    [InlineData("In mid-1919 the Red Army grew from 800,000 to 3,000,000.", "how big did it get")]
    [InlineData("His final move was to a residence on Avenida Viena.", "what street was his last house on")]
    [InlineData("He arrived in New York City on 13 January 1917.", "when did he get to america")]
    [InlineData("He was forced to resign as Chairman of the Council.", "when did he have to give up")]
    [InlineData("He returned to Russia in May.", "when did he get back")]
    [InlineData("He spent two years in prison awaiting trial.", "how long was he jailed")]
    [InlineData("His first station in exile was Büyükada, where he stayed for the next four years.", "where did he live")]
    [InlineData("In October 1908 he started a paper.", "when did he launch it")]
    [InlineData("The Fourth International was founded in 1938.", "when was it established")]
    [InlineData("He survived for more than a day, dying at the age of 60 on 21 August 1940.", "when did he die")]
    [InlineData("He was the founder and commander of the Red Army.", "who founded it")]
    [InlineData("His opponents mobilized all of their resources.", "what did his enemies do")]
    [InlineData("In the trade union debate he argued for militarization.", "during the row what did he want")]
    public void ContentWords_CommonParaphrases_MeetOneWord(string text, string question)
    {
        var textWords = ContentWords.Of(text).ToHashSet();

        Assert.Contains(ContentWords.Of(question), textWords.Contains);
    }

    [Fact]
    public void ContentWords_GetBack_IsReturnAndStillBack()
    {
        // "When did he get back to Russia?" meets "He returned" and "He made his way back".
        Assert.Equal(["return", "back", "russia"], ContentWords.Of("when did he get back to russia"));
    }

    [Theory]
    [InlineData("whose guest was he there?", true)]
    [InlineData("who was she married to?", true)]
    [InlineData("When did Lenin die?", false)]
    public void ContextOf_FollowUp_LeansOnThePreviousQuestionOnlyWhenItRefersBack(string question, bool leansBack)
    {
        var context = FollowUpQuestion.ContextOf(question, ["Who let Trotsky into Norway?"]);

        Assert.Equal(leansBack, context is not null);
    }
}
