using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Selection;

/// <summary>
/// The answer type of a question from its question words ("when" → a date, "how many" → a number). A generic table of
/// English question forms, not of this corpus; what a type is worth for a sentence is fitted, not set here.
/// </summary>
public static partial class QuestionTypes
{
    /// <summary>The type asked for by <paramref name="question"/> (lower or mixed case).</summary>
    public static QuestionType Of(string question)
    {
        var q = question.ToLowerInvariant().Replace('’', '\'');
        return q switch
        {
            _ when HowMany().IsMatch(q) => QuestionType.Number,
            _ when When().IsMatch(q) => QuestionType.Date,
            _ when Why().IsMatch(q) => QuestionType.Reason,
            _ when Who().IsMatch(q) => QuestionType.Person,
            _ when Where().IsMatch(q) => QuestionType.Place,
            _ when Meaning().IsMatch(q) => QuestionType.Meaning,
            _ when Quote().IsMatch(q) => QuestionType.Quote,
            _ when Name().IsMatch(q) => QuestionType.Name,
            _ => QuestionType.Other,
        };
    }

    [GeneratedRegex(@"\bhow (many|much|long|old|far|big|large)\b|\bwhat (number|percentage|share|size|amount)\b")]
    private static partial Regex HowMany();

    [GeneratedRegex(@"^\W*when\b|\bwhen (did|was|were|is|does|do|had)\b|\b(what|which) (date|year|day|month|decade|century)\b|\bin what year\b|\bbirthday\b")]
    private static partial Regex When();

    [GeneratedRegex(@"^\W*why\b|\bwhy (did|was|were|is|do|does|had)\b|\bhow come\b|\bfor what reason\b|\b(reasons?|cause|motive|motives|rationale) (for|of|behind)\b|\bwhat (made|led|caused|drove|prompted)\b|\bhow did \w+( \w+)? die\b")]
    private static partial Regex Why();

    [GeneratedRegex(@"^\W*(who|whom|whose)\b|\b(and|but|so) who\b|\bwho (was|were|is|did|had|wrote|led|killed|founded|replaced)\b|\b(which|what) (person|man|woman|people|leader|revolutionary|writer|author)\b|\bname (the|of the) (person|man|woman)\b")]
    private static partial Regex Who();

    [GeneratedRegex(@"^\W*where\b|\bwhere (did|was|were|is|does|had)\b|\b(which|what) (city|country|town|village|place|port|prison|hospital|island|region|street|school|university)\b")]
    private static partial Regex Where();

    [GeneratedRegex(@"\bwhat does .* (mean|stand for)\b|\bmeaning of\b|\bwhat is meant by\b|\btranslat|\bin english\b|\b(named|called) after\b")]
    private static partial Regex Meaning();

    [GeneratedRegex(@"\b(what|which) (was |is |were )?(the )?(name|names|alias|pseudonym|pen name|title|nickname)\b|\bwhat (was|is) \w+ (called|known as)\b|^\W*which\b|\b(and|but|so) which\b")]
    private static partial Regex Name();

    [GeneratedRegex(@"\b(quote|quotes|quotation|quotations|saying|said|say|says|words|wrote that|line)\b")]
    private static partial Regex Quote();
}
