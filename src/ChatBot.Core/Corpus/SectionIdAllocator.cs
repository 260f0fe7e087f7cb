namespace ChatBot.Core.Corpus;

/// <summary>Hands out unique section ids "prefix/slug", adding "-2", "-3", ... when a slug is already taken.</summary>
internal sealed class SectionIdAllocator
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Allocate(string prefix, string title)
    {
        var baseId = $"{prefix}/{Slug.From(title)}";
        var id = baseId;
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = $"{baseId}-{n}";
        }

        return id;
    }

    /// <summary>Makes an id unique as it is, or with a numeric suffix.</summary>
    public string Reserve(string id)
    {
        var candidate = id;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }

    /// <summary>The id prefix of a file: its path without extension, slugged per segment ("notes/My File.md" → "notes/my-file").</summary>
    public static string FilePrefix(string sourceFile)
    {
        var withoutExtension = Path.ChangeExtension(sourceFile, null) ?? sourceFile;
        var segments = withoutExtension.Split('/', '\\').Where(s => s.Length > 0).Select(Slug.From);
        return string.Join('/', segments);
    }
}
