using ChatBot.Core.Corpus;

namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>
/// The question's answer type (one flag per type), what the candidate states that the question does not already give
/// (a year, a month, a number, names, a place name) and its cues (a cause, a gloss, a quotation, an amount of money, a
/// day and month), and whether it holds the kind of thing asked for.
/// </summary>
public sealed class AnswerTypeFeatures : IFeatureExtractor
{
    private static readonly QuestionType[] Types =
    [
        QuestionType.Person, QuestionType.Date, QuestionType.Place, QuestionType.Number, QuestionType.Reason,
        QuestionType.Meaning, QuestionType.Quote, QuestionType.Name,
    ];

    private static readonly SentenceCues[] Cues = [SentenceCues.Cause, SentenceCues.Gloss, SentenceCues.Quotation, SentenceCues.Money, SentenceCues.DayAndMonth];

    public IReadOnlyList<string> Names { get; } =
    [
        .. Types.Select(t => $"asks_{t.ToString().ToLowerInvariant()}"),
        .. Cues.Select(c => $"cue_{c.ToString().ToLowerInvariant()}"),
        "new_year", "new_month", "new_number", "new_place", "new_names", "type_match", "type_missing", "typed_near_focus",
    ];

    // A typed word this many words or fewer from a question word stands beside it ("the Cruz Verde hospital", "200 members").
    private const int Nearby = 4;

    public void Extract(FeatureContext context, Span<float> output)
    {
        var question = context.Question;
        var type = question.Type;
        var k = 0;
        foreach (var t in Types)
        {
            output[k++] = type == t ? 1 : 0;
        }

        var cues = SentenceCues.None;
        bool year = false, month = false, number = false, place = false;
        var names = 0;
        foreach (var index in context.Candidate.Sentences)
        {
            var facts = context.Table.Sentences[index].Facts;
            cues |= facts.Cues;
            year |= facts.Years.Any(y => !question.Words.Contains(y));
            month |= facts.Months.Any(m => !question.Words.Contains(m));
            number |= facts.Numbers.Any(n => !question.Words.Contains(n));
            place |= facts.PlaceNames.Any(p => !question.Words.Contains(p));
            names += facts.Names.Count(n => !question.Words.Contains(n));
        }

        foreach (var c in Cues)
        {
            output[k++] = cues.HasFlag(c) ? 1 : 0;
        }

        output[k++] = year ? 1 : 0;
        output[k++] = month ? 1 : 0;
        output[k++] = number ? 1 : 0;
        output[k++] = place ? 1 : 0;
        output[k++] = Math.Min(names, 4) / 4f;
        var match = type switch
        {
            QuestionType.Person => names > 0,
            QuestionType.Name => names > 0 || cues.HasFlag(SentenceCues.Quotation),
            QuestionType.Date => year || month,
            QuestionType.Place => place,
            QuestionType.Number => number || cues.HasFlag(SentenceCues.Money),
            QuestionType.Reason => cues.HasFlag(SentenceCues.Cause),
            QuestionType.Meaning => cues.HasFlag(SentenceCues.Gloss),
            QuestionType.Quote => cues.HasFlag(SentenceCues.Quotation) || context.Candidate.Retrieved.Passage.Kind == SectionKind.Quotations,
            _ => false,
        };
        output[k++] = match ? 1 : 0;
        output[k++] = type != QuestionType.Other && !match ? 1 : 0;
        output[k] = TypedNearQuestion(context, type) ? 1 : 0;
    }

    // Whether a word of the kind asked for that the question does not give (a name, a number, a year or month) stands
    // within a few words of the question's focus: an answer to "which hospital" names it beside "hospital".
    private static bool TypedNearQuestion(FeatureContext context, QuestionType type)
    {
        if (type is QuestionType.Other or QuestionType.Reason or QuestionType.Meaning or QuestionType.Quote)
        {
            return false;
        }

        var question = context.Question;
        foreach (var index in context.Candidate.Sentences)
        {
            var sentence = context.Table.Sentences[index];
            var words = sentence.Words;
            var near = new List<int>();
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Term is { } term && question.Focus.Contains(term))
                {
                    near.Add(i);
                }
            }

            for (var i = 0; i < words.Count && near.Count > 0; i++)
            {
                var word = words[i].Word;
                if (question.Words.Contains(word) || !IsTyped(type, word, sentence.Facts))
                {
                    continue;
                }

                if (near.Any(n => Math.Abs(n - i) <= Nearby))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsTyped(QuestionType type, string word, SentenceFacts facts) => type switch
    {
        QuestionType.Date => facts.Years.Contains(word) || facts.Months.Contains(word),
        QuestionType.Number => facts.Numbers.Contains(word) || word.All(char.IsDigit),
        QuestionType.Place => facts.PlaceNames.Contains(word),
        _ => facts.Names.Contains(word),
    };
}
