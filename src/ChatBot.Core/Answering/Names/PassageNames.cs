using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Answering.Names;

/// <summary>
/// The names a passage (or a few of its sentences) supports: every word it writes and the acronyms its names spell
/// (by <see cref="NameKey"/>), and each name it mentions together with the aliases the corpus gives for it. A passage of
/// an article also mentions the article's subject (its "he"); a glossary abstract mentions its entry.
/// </summary>
public sealed class PassageNames
{
    private readonly HashSet<string> words;
    private readonly List<IReadOnlySet<string>> mentions;

    public PassageNames(Passage passage, CorpusNames corpus)
        : this(passage.Text, passage, corpus)
    {
    }

    /// <summary>The names of <paramref name="text"/>, a part of <paramref name="passage"/>.</summary>
    public PassageNames(string text, Passage passage, CorpusNames corpus)
    {
        words = NameFinder.AllKeys(text);
        words.UnionWith(NameFinder.Acronyms(text));
        mentions = [.. NameFinder.Mentions(text).Select(m => WithAliases(m, corpus))];
        if (passage.Kind == SectionKind.Glossary)
        {
            mentions.AddRange(NameFinder.Mentions(passage.Title).Select(m => WithAliases(m, corpus)));
        }
        else if (corpus.SubjectKeys(passage.SourceFile) is { Count: > 0 } subject)
        {
            mentions.Add(subject);
        }
    }

    /// <summary>
    /// Whether the passages of <paramref name="group"/> (those one claim cites) support the name <paramref name="phrase"/>:
    /// one name they mention, with its aliases, holds every word of it; or, for a phrase with at most one word that
    /// <paramref name="isCommonWord"/> does not know ("Soviet Foreign Commissar"), every word of it is written in them.
    /// Two proper names' words put together ("James P. Trotsky" from "James P. Cannon" and "Trotsky") are not.
    /// </summary>
    public static bool Support(IReadOnlyList<PassageNames> group, IReadOnlyList<NameFinder.Token> phrase, Func<string, bool> isCommonWord)
    {
        if (group.Any(p => p.mentions.Any(m => phrase.All(t => Holds(m, t)))))
        {
            return true;
        }

        if (phrase.Count(t => !t.Initial && !t.Keys.All(isCommonWord)) > 1)
        {
            return false;
        }

        var written = group.Count == 1 ? group[0].words : group.SelectMany(p => p.words).ToHashSet(StringComparer.Ordinal);
        return phrase.All(t => Holds(written, t));
    }

    // A mention of common words only ("Revolution", "Red Army") names nothing in particular: taking the aliases of every
    // name that holds it ("October Revolution" → "Red October") would let any claim through.
    private static IReadOnlySet<string> WithAliases(IReadOnlyList<string> mention, CorpusNames corpus) =>
        mention.All(corpus.IsCommonWord) ? new HashSet<string>(mention, StringComparer.Ordinal) : corpus.AliasKeys(mention);

    // An initial stands for any word with its letter; a plural or possessive without its apostrophe ("Mensheviks") meets
    // its singular; a long name one letter off ("Krestinky" for "Krestinsky", a slip of the text) meets it too.
    private static bool Holds(IReadOnlySet<string> keys, NameFinder.Token token) =>
        token.Initial
            ? keys.Any(k => k.Length > 0 && token.Keys.Count > 0 && k[0] == token.Keys[0][0])
            : token.Keys.All(k => keys.Contains(k) || (k.Length > 3 && k[^1] == 's' && keys.Contains(k[..^1])) || keys.Contains(k + "s") || keys.Any(x => NameKey.AreClose(k, x)));
}
