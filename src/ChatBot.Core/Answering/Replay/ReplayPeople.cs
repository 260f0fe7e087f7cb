using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;

namespace ChatBot.Core.Answering.Replay;

/// <summary>
/// The people the corpus names, for the swapped-name corruptions: the subject of each document (the name its first
/// paragraph opens with) and every glossary entry whose title is a name of two to four capitalised words and whose
/// abstract reads like a life (he, she, his, her, born). Only surnames are used: "Kamenev", "Zinoviev", "Trotsky".
/// </summary>
public sealed partial class ReplayPeople
{
    private ReplayPeople(IReadOnlyList<string> surnames, IReadOnlyList<string> otherNames)
    {
        Surnames = surnames;
        OtherNames = otherNames;
    }

    /// <summary>Surnames of people, in corpus order, distinct.</summary>
    public IReadOnlyList<string> Surnames { get; }

    /// <summary>One-word glossary titles that are not people (places, papers, movements): "Odessa", "Iskra", "Siberia".</summary>
    public IReadOnlyList<string> OtherNames { get; }

    /// <summary>The people and other names of <paramref name="sections"/>.</summary>
    public static ReplayPeople From(IReadOnlyList<Section> sections)
    {
        var surnames = new List<string>();
        var others = new List<string>();
        foreach (var first in sections.Where(s => s.Kind != SectionKind.Glossary).GroupBy(s => s.SourceFile).Select(g => g.First()))
        {
            if (first.Paragraphs.FirstOrDefault()?.Text is { } lead && LeadName().Match(lead) is { Success: true } match)
            {
                AddSurname(surnames, match.Groups[1].Value);
            }
        }

        foreach (var entry in sections.Where(s => s.Kind == SectionKind.Glossary))
        {
            var title = Parenthetical().Replace(entry.Title, string.Empty).Trim();
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var abstractText = string.Join(" ", entry.Paragraphs.Select(p => p.Text));
            if (words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0])) && LifeWords().IsMatch(abstractText) && !abstractText.StartsWith("The ", StringComparison.Ordinal))
            {
                AddSurname(surnames, title);
            }
            else if (words.Length == 1 && char.IsUpper(words[0][0]) && words[0].All(char.IsLetter) && !others.Contains(words[0]))
            {
                others.Add(words[0]);
            }
        }

        return new ReplayPeople(surnames, [.. others.Where(o => !surnames.Contains(o))]);
    }

    private static void AddSurname(List<string> surnames, string name)
    {
        var surname = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (surname.Length > 2 && surname.All(char.IsLetter) && !surnames.Contains(surname))
        {
            surnames.Add(surname);
        }
    }

    [GeneratedRegex(@"^((?:\p{Lu}[\p{L}'’-]+\s){1,3}\p{Lu}[\p{L}'’-]+)\b")]
    private static partial Regex LeadName();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\b(?:he|she|his|her|born)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LifeWords();
}
