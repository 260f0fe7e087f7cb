using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Answering.Names;

/// <summary>
/// What the corpus itself says about names, for the citation check: which names are one person, place or body (its
/// glossary titles and the names their abstracts open with; "X born Y", "X, also known as Y, Z or W", "X or Y is…",
/// "… under the name Y"), the subject of each document (the name its first paragraph opens with, whom "he" means in
/// its passages), and which words it writes in lower case (so a capitalised first word such as "Born" is no name).
/// Nothing here is typed by hand: every alias comes from the loaded text.
/// </summary>
public sealed partial class CorpusNames
{
    private const string Name = @"\p{Lu}[\p{L}\p{M}'’\-]*\.?(?:\s+(?:(?:de|del|la|van|von|der|du|y)\s+)*\p{Lu}[\p{L}\p{M}'’\-]*\.?)*";

    private readonly HashSet<string> lowerCase = new(StringComparer.Ordinal);
    private readonly HashSet<string> properNouns = new(StringComparer.Ordinal);
    private readonly List<(string Text, IReadOnlyList<string> Keys)> members = [];
    private readonly Dictionary<string, int> memberIndex = new(StringComparer.Ordinal);
    private readonly List<int> parent = [];
    private readonly Dictionary<string, List<int>> membersByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> subjects = new(StringComparer.Ordinal);
    private int[] roots = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> aliasCache = new(StringComparer.Ordinal);

    private CorpusNames()
    {
    }

    /// <summary>The names of a loaded corpus: its sections in reading order, glossary entries included.</summary>
    public static CorpusNames From(IEnumerable<Section> sections)
    {
        var names = new CorpusNames();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var isGlossary = section.Kind == SectionKind.Glossary;
            for (var i = 0; i < section.Paragraphs.Count; i++)
            {
                var text = section.Paragraphs[i].Text;
                names.Read(text, isGlossary && i == 0 ? section.Title : null);
                if (!isGlossary && seenFiles.Add(section.SourceFile))
                {
                    names.ReadSubject(section.SourceFile, text);
                }
            }
        }

        return names.Seal();
    }

    /// <summary>The names of a few passages alone (when no corpus index is at hand); no document subjects.</summary>
    public static CorpusNames From(IEnumerable<Passage> passages)
    {
        var names = new CorpusNames();
        foreach (var passage in passages)
        {
            names.Read(passage.Text, passage.Kind == SectionKind.Glossary ? passage.Title : null);
        }

        return names.Seal();
    }

    /// <summary>Whether the corpus writes <paramref name="word"/> in lower case somewhere ("born", "soviet"): then, capitalised first in a sentence, it is no name.</summary>
    public bool IsCommonWord(string word) => NameFinder.KeysOf(word) is { Count: > 0 } keys && keys.All(lowerCase.Contains);

    /// <summary>Whether the corpus writes <paramref name="word"/> capitalised inside a sentence somewhere ("Kamenev", not "Yes").</summary>
    public bool IsProperNoun(string word) => NameFinder.KeysOf(word) is { Count: > 0 } keys && keys.All(properNouns.Contains);

    /// <summary>The keys of the subject of <paramref name="sourceFile"/> and its aliases, or empty when the document names none.</summary>
    public IReadOnlySet<string> SubjectKeys(string sourceFile) =>
        subjects.TryGetValue(sourceFile, out var member) ? AliasKeys(members[member].Keys) : new HashSet<string>();

    /// <summary>
    /// The keys of <paramref name="mention"/> and of every alias the corpus gives for it: all names grouped with a name
    /// that holds every word of the mention ("Trotsky" is in "Leon Trotsky", grouped with "Lev Davidovich Bronshtein").
    /// </summary>
    public IReadOnlySet<string> AliasKeys(IReadOnlyList<string> mention) =>
        mention.Count == 0 ? new HashSet<string>() : aliasCache.GetOrAdd(string.Join('|', mention), _ => FindAliasKeys(mention));

    private HashSet<string> FindAliasKeys(IReadOnlyList<string> mention)
    {
        var keys = new HashSet<string>(mention, StringComparer.Ordinal);
        var candidates = membersByKey.TryGetValue(mention[0], out var exact)
            ? exact
            : [.. membersByKey.Where(k => NameKey.AreClose(k.Key, mention[0])).SelectMany(k => k.Value)];
        // "Trotsky" stands for "Leon Trotsky" (same last word), not for "Leon Trotsky Museum"; "Lev" for no one in particular.
        var groups = candidates
            .Where(m => Same(members[m].Keys[^1], mention[^1]) && mention.All(k => members[m].Keys.Any(x => Same(x, k))))
            .Select(m => roots[m])
            .ToHashSet();
        for (var m = 0; m < members.Count && groups.Count > 0; m++)
        {
            if (groups.Contains(roots[m]))
            {
                keys.UnionWith(members[m].Keys);
            }
        }

        return keys;
    }

    /// <summary>The names grouped with <paramref name="name"/>, as the corpus writes them (for tests and diagnostics).</summary>
    public IReadOnlyList<string> AliasesOf(string name)
    {
        var keys = NameFinder.Mentions(name).SelectMany(m => m).ToList();
        if (keys.Count == 0 || !membersByKey.TryGetValue(keys[0], out var candidates))
        {
            return [];
        }

        var groups = candidates.Where(m => members[m].Keys[^1] == keys[^1] && keys.All(members[m].Keys.Contains)).Select(m => roots[m]).ToHashSet();
        return [.. Enumerable.Range(0, members.Count).Where(m => groups.Contains(roots[m])).Select(m => members[m].Text)];
    }

    private static bool Same(string a, string b) => a == b || NameKey.AreClose(a, b);

    private void Read(string text, string? glossaryTitle)
    {
        lowerCase.UnionWith(NameFinder.LowerCaseWords(text));
        properNouns.UnionWith(NameFinder.ProperWords(text));
        foreach (Match match in Born().Matches(text))
        {
            Join(match.Groups["a"].Value, match.Groups["b"].Value);
        }

        foreach (Match match in KnownAs().Matches(text))
        {
            foreach (Match alias in NamePattern().Matches(match.Groups["list"].Value))
            {
                Join(match.Groups["a"].Value, alias.Value);
            }
        }

        foreach (Match match in UnderTheName().Matches(text))
        {
            // "Trotsky joined the Soviet under the name "Yanovsky"": the sentence's first name is the one renamed.
            if (NamePattern().Matches(match.Groups["sentence"].Value).FirstOrDefault(n => NameFinder.Mentions(n.Value).Count > 0) is { } subject)
            {
                Join(subject.Value, match.Groups["b"].Value);
            }
        }

        if (glossaryTitle is not null)
        {
            var title = Parenthetical().Replace(glossaryTitle, string.Empty).Trim();
            if (Lead().Match(text) is { Success: true } lead)
            {
                // The abstract opens with the entry's full name ("Lev Borisovich Kamenev" for "Lev Kamenev") when they share a word.
                var titleKeys = NameFinder.Mentions(title).SelectMany(m => m).ToHashSet(StringComparer.Ordinal);
                if (NameFinder.Mentions(lead.Groups["a"].Value).SelectMany(m => m).Any(titleKeys.Contains))
                {
                    Join(title, lead.Groups["a"].Value);
                }

                if (lead.Groups["b"].Success)
                {
                    Join(lead.Groups["a"].Value, lead.Groups["b"].Value);
                }
            }
        }
    }

    // Groups are fixed once read: every member's group root, so that lookups from many threads only read.
    private CorpusNames Seal()
    {
        roots = [.. Enumerable.Range(0, members.Count).Select(Find)];
        return this;
    }

    private void ReadSubject(string sourceFile, string firstParagraph)
    {
        if (Subject().Match(firstParagraph) is { Success: true } match && Add(match.Groups["a"].Value) is { } member)
        {
            subjects[sourceFile] = member;
        }
    }

    private void Join(string a, string b)
    {
        if (Add(a) is { } first && Add(b) is { } second)
        {
            parent[Find(first)] = Find(second);
        }
    }

    private int? Add(string text)
    {
        var display = text.Trim().TrimEnd('.', ',', ' ');
        var keys = NameFinder.Mentions(display).SelectMany(m => m).ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        var id = string.Join('|', keys);
        if (memberIndex.TryGetValue(id, out var existing))
        {
            return existing;
        }

        var index = members.Count;
        members.Add((display, keys));
        parent.Add(index);
        memberIndex[id] = index;
        foreach (var key in keys.Distinct())
        {
            if (!membersByKey.TryGetValue(key, out var list))
            {
                membersByKey[key] = list = [];
            }

            list.Add(index);
        }

        return index;
    }

    private int Find(int member)
    {
        while (parent[member] != member)
        {
            parent[member] = parent[parent[member]];
            member = parent[member];
        }

        return member;
    }

    [GeneratedRegex(Name)]
    private static partial Regex NamePattern();

    [GeneratedRegex($@"(?<a>{Name})\s*,?\s*\(?\s*born\s+(?<b>{Name})")]
    private static partial Regex Born();

    [GeneratedRegex($@"(?<a>{Name})\s*,?\s*\(?\s*(?:(?:also|usually|commonly|better|widely|often|originally)\s+)*known\s+as\s+(?<list>(?:the\s+)?[""“]?{Name}[""”]?(?:\s*(?:,|\bor\b|\band\b)\s*(?:the\s+)?[""“]?{Name}[""”]?)*)")]
    private static partial Regex KnownAs();

    [GeneratedRegex($@"(?<sentence>[^.!?]*?)\bunder\s+the\s+(?:name|pseudonym|pen\s+name|alias)\s+[""“]?(?<b>{Name})")]
    private static partial Regex UnderTheName();

    [GeneratedRegex($@"^(?:The\s+)?(?<a>{Name})(?:\s*,?\s+or\s+(?:the\s+)?(?<b>{Name}))?")]
    private static partial Regex Lead();

    [GeneratedRegex($@"^(?:The\s+)?(?<a>{Name})\s*(?:,|\(|\bborn\b|\bwas\b|\bis\b)")]
    private static partial Regex Subject();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();
}
