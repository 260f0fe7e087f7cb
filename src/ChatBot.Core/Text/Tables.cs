using System.Reflection;

namespace ChatBot.Core.Text;

/// <summary>The text analyzer's word lists, read once from the data files embedded next to it (<c>Text/*.txt</c>).</summary>
internal static class Tables
{
    /// <summary>Words dropped from every analysis (<c>stopwords.txt</c>).</summary>
    public static readonly HashSet<string> StopWords = new(Lines("stopwords.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);

    /// <summary>Irregular form → its base word (<c>irregular.txt</c>): "wrote" → "write".</summary>
    public static readonly Dictionary<string, string> Irregular = Mapping("irregular.txt").Words;

    private static readonly (Dictionary<string, string> Words, Dictionary<(string, string), (string, bool)> Phrases) SynonymFile = Mapping("synonyms.txt");

    /// <summary>One-word paraphrase → the word it means (<c>synonyms.txt</c>): "murdered" → "kill".</summary>
    public static readonly Dictionary<string, string> Synonyms = SynonymFile.Words;

    /// <summary>Two-word paraphrase → the word it means and whether its second word still counts ("got back" → return, and "back").</summary>
    public static readonly Dictionary<(string First, string Second), (string Word, bool KeepSecond)> Phrases = SynonymFile.Phrases;

    private static (Dictionary<string, string> Words, Dictionary<(string, string), (string, bool)> Phrases) Mapping(string file)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var phrases = new Dictionary<(string, string), (string, bool)>();
        foreach (var line in Lines(file))
        {
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw new InvalidDataException($"{file}: expected 'word = form, form, ...', got '{line}'.");
            }

            foreach (var form in parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var keepSecond = form.EndsWith('+');
                var tokens = form.TrimEnd('+').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                switch (tokens)
                {
                    case [var one] when !keepSecond:
                        words[one] = parts[0];
                        break;
                    case [var first, var second]:
                        phrases[(first, second)] = (parts[0], keepSecond);
                        break;
                    default:
                        throw new InvalidDataException($"{file}: '{form}' in '{line}' is neither a word nor a two-word phrase.");
                }
            }
        }

        return (words, phrases);
    }

    private static IEnumerable<string> Lines(string file)
    {
        var name = $"ChatBot.Core.Text.{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded word list '{name}' is missing from ChatBot.Core.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var content = (line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? line[..hash] : line).Trim();
            if (content.Length > 0)
            {
                lines.Add(content);
            }
        }

        return lines;
    }
}
