using System.Text.RegularExpressions;

namespace ChatBot.Deploy.Tests.Container;

/// <summary>deploy/Dockerfile read as instructions (continuation lines joined, comments dropped).</summary>
internal sealed partial class Dockerfile
{
    private Dockerfile(IReadOnlyList<(string Keyword, string Arguments)> instructions) => Instructions = instructions;

    public IReadOnlyList<(string Keyword, string Arguments)> Instructions { get; }

    public static Dockerfile Load() => Parse(RepositoryFiles.ReadText("deploy", "Dockerfile"));

    public static Dockerfile Parse(string text)
    {
        var joined = Continuation().Replace(text, " ");
        var instructions = joined.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2))
            .Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? p[1].Trim() : string.Empty))
            .ToList();
        return new Dockerfile(instructions);
    }

    /// <summary>Arguments of every instruction with this keyword, in order.</summary>
    public IReadOnlyList<string> All(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments).ToList();

    /// <summary>Instructions of the last stage (after the last FROM).</summary>
    public Dockerfile FinalStage()
    {
        var lastFrom = Instructions.Select((i, n) => (i, n)).Last(x => x.i.Keyword == "FROM").n;
        return new Dockerfile(Instructions.Skip(lastFrom).ToList());
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex Continuation();
}
