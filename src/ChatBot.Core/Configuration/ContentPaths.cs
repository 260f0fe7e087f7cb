namespace ChatBot.Core.Configuration;

/// <summary>Resolves the relative paths of configuration (corpus/, prompts/, the index folder) the same way for every host.</summary>
public static class ContentPaths
{
    /// <summary>
    /// An absolute path stays as it is. A relative one is taken from the current directory when it exists there;
    /// otherwise from the first parent of the application's folder that holds it (so `dotnet run` and `dotnet test`
    /// find the repository's corpus/ and prompts/); otherwise from the current directory.
    /// </summary>
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var fromCurrent = Path.GetFullPath(path);
        if (Path.Exists(fromCurrent))
        {
            return fromCurrent;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Path.Exists(candidate))
            {
                return candidate;
            }
        }

        return fromCurrent;
    }
}
