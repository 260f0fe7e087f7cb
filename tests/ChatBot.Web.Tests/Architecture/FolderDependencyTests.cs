using System.Text.RegularExpressions;
using ChatBot.Web.Tests.Support;

namespace ChatBot.Web.Tests.Architecture;

/// <summary>The host's folders (one concern each) depend on each other in one direction only: no loops between them.</summary>
public sealed partial class FolderDependencyTests
{
    [Fact]
    public void The_folders_of_the_host_form_no_dependency_loop()
    {
        var project = RepositoryFiles.PathOf("src", "ChatBot.Web");
        var folders = Directory.GetDirectories(project)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "wwwroot" or "Properties"))
            .Select(name => name!)
            .ToHashSet(StringComparer.Ordinal);
        var uses = folders.ToDictionary(
            folder => folder,
            folder => Directory.GetFiles(Path.Combine(project, folder), "*.cs", SearchOption.AllDirectories)
                .SelectMany(file => Reference().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
                .Where(used => used != folder && folders.Contains(used))
                .ToHashSet(StringComparer.Ordinal));

        var loop = FindLoop(uses);

        Assert.True(loop is null, $"Folders depend on each other in a loop: {string.Join(" → ", loop ?? [])}");
        Assert.NotEmpty(uses["Channels"]); // the scan sees references at all
    }

    private static List<string>? FindLoop(Dictionary<string, HashSet<string>> uses)
    {
        var done = new HashSet<string>();
        var path = new List<string>();

        List<string>? Visit(string folder)
        {
            var at = path.IndexOf(folder);
            if (at >= 0)
            {
                return [.. path[at..], folder];
            }

            if (!done.Add(folder))
            {
                return null;
            }

            path.Add(folder);
            foreach (var used in uses[folder])
            {
                if (Visit(used) is { } loop)
                {
                    return loop;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return uses.Keys.Select(Visit).FirstOrDefault(loop => loop is not null);
    }

    [GeneratedRegex(@"\bChatBot\.Web\.([A-Z][A-Za-z]*)")]
    private static partial Regex Reference();
}
