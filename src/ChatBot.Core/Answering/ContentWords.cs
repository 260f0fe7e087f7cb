using System.Globalization;
using System.Text;

namespace ChatBot.Core.Answering;

/// <summary>Turns text into the lower-cased, lightly stemmed content words that lexical scoring and citation checks compare.</summary>
internal static class ContentWords
{
    // Function words and question words carry no evidence: a sentence does not support a claim because both say "the" or "who".
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "yours", "s", "t", "pls", "please",
        "tell", "know", "actually", "supposedly", "according", "said", "say", "says", "get", "got", "go", "went",
        "one", "way", "thing", "things", "anything", "something", "there", "text", "article", "mean", "many", "much",
        "u", "ur", "whats", "wich", "lot", "really", "ever", "yet", "still", "them", "let", "us",
        "ok", "okay", "hey", "hi", "anybody", "anyone", "somebody", "someone", "everybody", "everyone",
    };

    // Irregular past forms meet their present: a question asks "when did he write", the text says "he wrote".
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["wrote"] = "writ", ["written"] = "writ", ["took"] = "tak", ["taken"] = "tak", ["gave"] = "giv", ["given"] = "giv",
        ["died"] = "die", ["dead"] = "die", ["death"] = "die", ["dying"] = "die", ["fled"] = "flee", ["met"] = "meet", ["sent"] = "send",
        ["left"] = "leav", ["began"] = "begin", ["begun"] = "begin", ["became"] = "becom", ["won"] = "win",
        ["made"] = "mak", ["held"] = "hold", ["led"] = "lead", ["spoke"] = "speak", ["spoken"] = "speak",
        ["told"] = "tell", ["found"] = "find", ["kept"] = "keep", ["brought"] = "bring", ["thought"] = "think",
        ["fought"] = "fight", ["sold"] = "sell", ["bought"] = "buy", ["paid"] = "pay", ["born"] = "birth",
        ["chose"] = "choos", ["chosen"] = "choos", ["drove"] = "driv", ["driven"] = "driv", ["grew"] = "grow",
        ["grown"] = "grow", ["knew"] = "know", ["known"] = "know", ["saw"] = "see", ["seen"] = "see", ["stood"] = "stand",
        ["threw"] = "throw", ["thrown"] = "throw", ["wed"] = "marri", ["marriage"] = "marri", ["first"] = "1st", ["second"] = "2nd", ["third"] = "3rd", ["fourth"] = "4th",
        ["fifth"] = "5th", ["sixth"] = "6th", ["seventh"] = "7th", ["eighth"] = "8th", ["ninth"] = "9th", ["tenth"] = "10th", ["buried"] = "bury", ["burial"] = "bury", ["grave"] = "bury", ["arrest"] = "arrest",
    };

    // Common paraphrases meet one word: a reader asks who "killed" him, the text says he was "assassinated".
    // Kept small and general (everyday synonyms), applied alike to questions, claims and passages.
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["assassinate"] = "kill", ["assassinated"] = "kill", ["assassination"] = "kill", ["murder"] = "kill",
        ["murdered"] = "kill", ["killed"] = "kill", ["killing"] = "kill", ["slain"] = "kill",
        ["expel"] = "expel", ["expelled"] = "expel", ["expulsion"] = "expel", ["deport"] = "expel", ["deported"] = "expel",
        ["deportation"] = "expel", ["banished"] = "expel", ["ousted"] = "expel",
        ["pseudonym"] = "pseudonym", ["pseudonyms"] = "pseudonym", ["alias"] = "pseudonym", ["nickname"] = "pseudonym",
        ["dad"] = "father", ["mum"] = "mother", ["mom"] = "mother", ["job"] = "post", ["jobs"] = "post",
        ["posts"] = "post", ["position"] = "post", ["positions"] = "post",
        ["newspaper"] = "paper", ["newspapers"] = "paper", ["papers"] = "paper",
        ["vanish"] = "disappear", ["vanishes"] = "disappear", ["vanished"] = "disappear", ["vanishing"] = "disappear",
        ["disappears"] = "disappear", ["disappeared"] = "disappear", ["disappearing"] = "disappear", ["disappearance"] = "disappear",
        ["flare"] = "flame", ["flares"] = "flame", ["flared"] = "flame", ["flames"] = "flame", ["blaze"] = "flame",
        ["big"] = "size", ["bigger"] = "size", ["biggest"] = "size", ["large"] = "size", ["larger"] = "size",
        ["largest"] = "size", ["sizes"] = "size", ["grow"] = "size", ["grows"] = "size", ["grew"] = "size", ["grown"] = "size",
        ["growth"] = "size",
        ["birthday"] = "birth", ["birthdate"] = "birth", ["birthplace"] = "birth",
        ["salary"] = "pay", ["salaries"] = "pay", ["wage"] = "pay", ["wages"] = "pay", ["earn"] = "pay", ["earns"] = "pay",
        ["earned"] = "pay", ["earning"] = "pay", ["earnings"] = "pay", ["pays"] = "pay", ["paying"] = "pay",
        ["award"] = "award", ["awards"] = "award", ["awarded"] = "award", ["medal"] = "award", ["medals"] = "award",
        ["decoration"] = "award", ["decorations"] = "award", ["decorated"] = "award",
        ["quit"] = "leav", ["quits"] = "leav", ["quitting"] = "leav",
        ["detain"] = "keep", ["detained"] = "keep", ["detention"] = "keep", ["interned"] = "keep", ["keeps"] = "keep",
        ["jan"] = "januari", ["feb"] = "februari", ["aug"] = "august", ["sep"] = "september", ["sept"] = "september",
        ["oct"] = "october", ["nov"] = "november", ["dec"] = "december",
        ["final"] = "last", ["latest"] = "last", ["residence"] = "house", ["home"] = "house", ["homes"] = "house",
        ["row"] = "debate", ["rows"] = "debate", ["dispute"] = "debate", ["disputes"] = "debate", ["quarrel"] = "debate",
        ["quarrels"] = "debate", ["controversy"] = "debate", ["feud"] = "debate",
        ["kid"] = "children", ["kids"] = "children", ["jail"] = "prison", ["jailed"] = "prison",
        ["imprison"] = "prison", ["imprisoned"] = "prison", ["imprisonment"] = "prison", ["escape"] = "flee", ["escaped"] = "flee", ["stay"] = "live",
        ["stayed"] = "live", ["stays"] = "live", ["reside"] = "live", ["resided"] = "live", ["sick"] = "ill",
        ["sickness"] = "ill", ["illness"] = "ill", ["fired"] = "remove", ["dismissed"] = "remove", ["sacked"] = "remove",
        ["start"] = "begin", ["started"] = "begin", ["starts"] = "begin", ["starting"] = "begin", ["began"] = "begin",
        ["begun"] = "begin", ["launch"] = "begin", ["launched"] = "begin",
        ["author"] = "write", ["authored"] = "write", ["establish"] = "founded", ["established"] = "founded",
        ["create"] = "founded", ["founder"] = "founded", ["founders"] = "founded", ["cofounder"] = "founded", ["created"] = "founded", ["rival"] = "opponent", ["rivals"] = "opponent", ["enemy"] = "opponent",
        ["enemies"] = "opponent", ["foe"] = "opponent", ["foes"] = "opponent", ["beat"] = "defeat", ["beaten"] = "defeat",
        ["confidential"] = "secret", ["reached"] = "arriv", ["reach"] = "arriv", ["arrival"] = "arriv",
    };

    // Two-word paraphrases: "kicked out", "thrown out" (of a party, a country) and "pen name".
    private static readonly Dictionary<(string, string), string> Phrases = new()
    {
        [("kicked", "out")] = "expel", [("kick", "out")] = "expel", [("thrown", "out")] = "expel", [("threw", "out")] = "expel",
        [("throw", "out")] = "expel", [("pen", "name")] = "pseudonym", [("pen", "names")] = "pseudonym",
        [("walk", "away")] = "leav", [("walked", "away")] = "leav", [("walks", "away")] = "leav", [("broke", "with")] = "leav",
        [("break", "with")] = "leav", [("make", "public")] = "publish", [("made", "public")] = "publish",
        [("get", "to")] = "arriv", [("got", "to")] = "arriv", [("gets", "to")] = "arriv", [("getting", "to")] = "arriv",
        [("set", "up")] = "founded", [("hold", "on")] = "defend", [("holding", "on")] = "defend", [("held", "on")] = "defend", [("give", "up")] = "resign", [("pass", "away")] = "die", [("passed", "away")] = "die", [("gave", "up")] = "resign",
        [("giving", "up")] = "resign", [("step", "down")] = "resign", [("stepped", "down")] = "resign",
    };

    // A verb that a following word turns into another ("get back" → return), while that word still counts ("made his
    // way back" holds "back" too).
    private static readonly Dictionary<(string, string), string> VerbParticles = new()
    {
        [("get", "back")] = "return", [("got", "back")] = "return", [("came", "back")] = "return", [("come", "back")] = "return",
        [("went", "back")] = "return", [("go", "back")] = "return",
    };

    // Every surface form of the paraphrase tables, by the content word it becomes: "birth" → born, birthday, birthdate…
    private static readonly Lazy<Dictionary<string, List<string>>> SurfaceForms = new(() =>
    {
        var forms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string surface)
        {
            if (Of(surface) is [var canonical])
            {
                if (!forms.TryGetValue(canonical, out var list))
                {
                    forms[canonical] = list = [];
                }

                if (!list.Contains(surface))
                {
                    list.Add(surface);
                }
            }
        }

        foreach (var (surface, canonical) in Synonyms)
        {
            Add(surface);
            Add(canonical);
        }

        foreach (var (surface, _) in Irregular)
        {
            Add(surface);
        }

        foreach (var ((first, second), _) in Phrases)
        {
            Add($"{first} {second}");
        }

        return forms;
    });

    /// <summary>
    /// The other wordings, from the paraphrase tables, of the words of <paramref name="text"/> that it does not use itself:
    /// "what was his birthday" → born, birthdate… Searching for them too finds the passage that says it the text's way.
    /// </summary>
    public static IReadOnlyList<string> Paraphrases(string text, int perWord = 6)
    {
        var tokens = Tokens(text).ToList();
        var own = tokens.ToHashSet(StringComparer.Ordinal);
        var result = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Only a word the question puts in other words than the text might ("birthday", "walk away"); the text's own
            // words and their inflections ("die", "died") the search already finds.
            string? canonical = null;
            if (i + 1 < tokens.Count && (Phrases.TryGetValue((tokens[i], tokens[i + 1]), out var phrase) || VerbParticles.TryGetValue((tokens[i], tokens[i + 1]), out phrase)))
            {
                canonical = Stem(phrase);
            }
            else if (Synonyms.TryGetValue(tokens[i], out var synonym))
            {
                canonical = Stem(synonym);
            }

            if (canonical is not null && SurfaceForms.Value.TryGetValue(canonical, out var forms))
            {
                result.AddRange(forms.Where(f => !own.Contains(f) && !result.Contains(f)).Take(perWord));
            }
        }

        return result;
    }

    /// <summary>
    /// <paramref name="query"/> followed by the text's wordings of the paraphrased words of <paramref name="question"/>
    /// (<see cref="Paraphrases"/>): "his birthday" also searches for "born".
    /// </summary>
    public static string WithParaphrases(string query, string question) =>
        Paraphrases(question) is { Count: > 0 } paraphrases ? $"{query} {string.Join(' ', paraphrases)}" : query;

    /// <summary>The content words of <paramref name="text"/>, in order, duplicates kept.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        var tokens = Tokens(text).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            // A paraphrase's word is stemmed like the text's own: "flares" → "flame" meets "flame" → "flam".
            if (i + 1 < tokens.Count && Phrases.TryGetValue((tokens[i], tokens[i + 1]), out var phrase))
            {
                words.Add(Stem(phrase));
                i++;
            }
            else if (i + 1 < tokens.Count && VerbParticles.TryGetValue((tokens[i], tokens[i + 1]), out var verb))
            {
                words.Add(Stem(verb));
            }
            else if (Synonyms.TryGetValue(tokens[i], out var synonym))
            {
                words.Add(Stem(synonym));
            }
            else if (!StopWords.Contains(tokens[i]))
            {
                words.Add(Stem(tokens[i]));
            }
        }

        return words;
    }

    /// <summary>Lower-cased word tokens (letters and digits; "500,000" and "1879–1895" stay whole), stop words included.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var normalized = RemoveDiacritics(text);
        var current = new StringBuilder();
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if ((c == ',' || c == '.') && current.Length > 0 && char.IsDigit(current[^1]) && i + 1 < normalized.Length && char.IsDigit(normalized[i + 1]))
            {
                // Thousands separators and decimals: "500,000" is one number, not "500" and "000".
                continue;
            }
            else if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>A light suffix-stripping stem, applied the same way to questions, claims and passages.</summary>
    public static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var mapped))
        {
            return mapped;
        }

        if (word.Length <= 3 || char.IsDigit(word[0]))
        {
            return word;
        }

        var w = word;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            w = TrimDouble(w[..^3]);
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            w = TrimDouble(w[..^2]);
        }
        else if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^2];
        }

        // "arrive"/"arrived"/"arriving" meet at "arriv"; "marry"/"married"/"marries" at "marri".
        if (w.Length > 3 && w.EndsWith('e'))
        {
            w = w[..^1];
        }
        else if (w.Length > 3 && w.EndsWith('y'))
        {
            w = w[..^1] + "i";
        }

        return w;
    }

    private static string TrimDouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && !"lsz".Contains(stem[^1]) ? stem[..^1] : stem;

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
