namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>
/// Whether the candidate names an instance of the noun the question asks for (<see cref="QuestionHead"/>): the noun
/// with a name, number or date beside it that the question does not give ("the newspaper Russian Gazette", "200
/// deputies"), the noun only as "a …" ("taken to a hospital"), the noun alone, or not at all.
/// </summary>
public sealed class SlotFeatures : IFeatureExtractor
{
    private static readonly HashSet<string> Indefinite = new(StringComparer.Ordinal) { "a", "an", "another", "some", "one", "several", "certain" };

    private static readonly HashSet<string> Definite = new(StringComparer.Ordinal) { "the", "his", "her", "its", "their", "this", "that" };

    // How many words before or after the noun its name or number may stand ("the port of Tampico", "over 200 armed deputies").
    private const int Beside = 3;

    public IReadOnlyList<string> Names { get; } = ["head_asked", "head_absent", "head_indefinite", "head_bare", "head_filled", "head_slot"];

    public void Extract(FeatureContext context, Span<float> output)
    {
        var question = context.Question;
        if (question.Head is not { } head)
        {
            output[5] = -1;
            return;
        }

        output[0] = 1;
        var state = State.Absent;
        foreach (var index in context.Candidate.Sentences)
        {
            var sentence = context.Table.Sentences[index];
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                if (sentence.Words[i].Term == head)
                {
                    var found = Describe(sentence, i, question);
                    state = found > state ? found : state;
                }
            }
        }

        output[1] = state == State.Absent ? 1 : 0;
        output[2] = state == State.Indefinite ? 1 : 0;
        output[3] = state == State.Bare ? 1 : 0;
        output[4] = state == State.Filled ? 1 : 0;
        output[5] = (int)state;
    }

    private enum State
    {
        Absent = 0,
        Indefinite = 1,
        Bare = 2,
        Filled = 3,
    }

    private static State Describe(CorpusSentence sentence, int at, QuestionProfile question)
    {
        var words = sentence.Words;
        for (var i = at - 1; i >= 0 && i >= at - Beside; i--)
        {
            var word = words[i].Word;
            if (Indefinite.Contains(word))
            {
                return State.Indefinite;
            }

            // Only the noun's own phrase counts: "a variety of pseudonyms" does not leave the pseudonym unnamed.
            if (Definite.Contains(word) || words[i].Term is null)
            {
                break;
            }
        }

        for (var i = Math.Max(0, at - Beside); i < words.Count && i <= at + Beside; i++)
        {
            if (i != at && Fills(words[i].Word, sentence.Facts, question))
            {
                return State.Filled;
            }
        }

        return State.Bare;
    }

    // A word the question does not give that names, counts or dates something.
    private static bool Fills(string word, SentenceFacts facts, QuestionProfile question) =>
        !question.Words.Contains(word)
        && (facts.Names.Contains(word) || facts.Numbers.Contains(word) || facts.Years.Contains(word) || facts.Months.Contains(word) || (word.Length > 0 && word.All(char.IsDigit)));
}
