using ChatBot.Core.Text;

namespace ChatBot.Core.Answering.Selection;

/// <summary>
/// The noun a question asks for an instance of: "hospital" in "which hospital was he taken to", "freighter" in "what was
/// the name of the freighter", "deputies" in "how many deputies were arrested", "captain" in "who was the captain of…".
/// An answer names that instance beside the noun ("the Cruz Verde hospital", "200 deputies"); a sentence that has the noun
/// without one ("taken to a hospital") sets the scene but does not answer. Generic English question forms, nothing of
/// this corpus.
/// </summary>
public static class QuestionHead
{
    // Words after "what"/"which" that start a clause rather than name the thing asked for ("what did he write").
    private static readonly HashSet<string> Clause = new(StringComparer.Ordinal)
    {
        "was", "is", "were", "are", "did", "does", "do", "had", "has", "have", "can", "could", "would", "will", "should",
        "made", "happened", "happens", "caused", "led", "about", "else", "if", "exactly", "actually", "really", "of", "in",
    };

    // Words between the question word and the noun: determiners, possessives, and the frames "name of", "kind of".
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "its", "their", "s", "that", "this", "exact", "actual", "real", "first", "last",
        "name", "names", "kind", "type", "sort", "title", "of", "whole", "total", "official", "quote", "quotes", "quotation",
        "month", "age", "dates", "years", "days",
    };

    // Counts and quantifiers: they say how many, not what ("what three jobs", "the main defendants").
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "main", "other", "most",
    };

    private static readonly HashSet<string> FrameNouns = new(StringComparer.Ordinal)
    {
        "quote", "quotes", "quotation", "name", "names", "title", "date", "year", "day", "nickname", "alias",
    };

    private static bool IsName(string word, Func<string, bool> isName) =>
        isName(word) || (word.Length > 2 && word[^1] == 's' && isName(word[..^1]));

    private static bool IsVerbForm(string word) =>
        (word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)))
        || Tables.Irregular.ContainsKey(word);

    // How far after the question word the noun may stand.
    private const int Reach = 5;

    /// <summary>
    /// The noun <paramref name="question"/> asks for, as written (folded) and as <see cref="TextAnalyzer"/> analyses it,
    /// or null; <paramref name="isName"/> says whether a folded word is a name (skipped: "which German school" asks for a school).
    /// </summary>
    public static (string Word, string Term)? Find(string question, Func<string, bool> isName)
    {
        var words = TextAnalyzer.Analyze(question).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (Trigger(words, i) is not { } start)
            {
                continue;
            }

            for (var j = start; j < words.Count && j < start + Reach; j++)
            {
                var (word, term) = words[j];
                if (j == start && Clause.Contains(word))
                {
                    break;
                }

                // A name, or one typed as a possessive without its apostrophe ("trotskys lawyer"), says whose, not what.
                if (Skipped.Contains(word) || QuestionProfile.FrameWords.Contains(word) || IsName(word, isName))
                {
                    continue;
                }

                // A stop word, a number or a verb form ends the phrase: "what did…", "who was running…", "what forced…".
                if (term is null || word.Any(char.IsDigit) || Quantifiers.Contains(word) || IsVerbForm(word))
                {
                    break;
                }

                // A word before a frame ("the sledgehammer quote", "his birth name") qualifies what the type says.
                if (j + 1 < words.Count && FrameNouns.Contains(words[j + 1].Word) && words[j + 1].Term is not null)
                {
                    break;
                }

                // A word followed by another noun qualifies it: "which german school", "trotsky's loyal deputy".
                if (j + 1 < words.Count && words[j + 1].Term is not null && !Skipped.Contains(words[j + 1].Word) && !IsName(words[j + 1].Word, isName) && !IsVerbForm(words[j + 1].Word))
                {
                    continue;
                }

                return (word, term);
            }
        }

        return null;
    }

    // Where the noun may start after a question word at i: "which/what N", "how many/much N", "name of N", "who was the N".
    private static int? Trigger(List<(string Word, string? Term)> words, int i)
    {
        var word = words[i].Word;
        var next = i + 1 < words.Count ? words[i + 1].Word : null;
        return word switch
        {
            "which" or "what" or "whats" => i + 1,
            "how" when next is "many" or "much" => i + 2,
            "name" when next is "of" => i + 2,
            "who" or "whos" when next is "was" or "is" or "were" => i + 2,
            _ => null,
        };
    }
}
