using ChatBot.Core.Answering.Replay;
using ChatBot.Core.Configuration;
using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Tests.Answering.Replay;

/// <summary>The labelled question sets the replay runs over (never the blind/ folder) and the scripted standalone rewrites.</summary>
internal static class ReplaySets
{
    public static readonly string[] Names = ["dev.jsonl", "extra.jsonl", "holdout.jsonl", "holdout2.jsonl", "common.jsonl"];

    /// <summary>The items of a set, or null for dev.jsonl when the shared folder is not beside this clone.</summary>
    public static IReadOnlyList<EvalItem>? Read(string name)
    {
        // dev.jsonl is the shared set beside the repository (../shared/eval); the others are ours.
        var path = name == "dev.jsonl"
            ? SharedDevSet()
            : ContentPaths.Resolve(Path.Combine("tests", "ChatBot.Core.Tests", "Answering", name));
        if (path is null)
        {
            return null;
        }

        var (items, errors) = EvalSetReader.Read(path);
        Assert.Empty(errors);
        return items;
    }

    public static IReadOnlyDictionary<string, string> Standalone()
    {
        var (rewrites, errors) = StandaloneQuestions.Read(ContentPaths.Resolve(Path.Combine("tests", "ChatBot.Core.Tests", "Answering", "standalone.jsonl")));
        Assert.Empty(errors);
        return rewrites;
    }

    private static string? SharedDevSet()
    {
        var repository = Path.GetDirectoryName(ContentPaths.Resolve("corpus"))!;
        string[] candidates = [Path.GetFullPath(Path.Combine(repository, "..", "shared", "eval", "dev.jsonl")), "/work/shared/eval/dev.jsonl"];
        return candidates.FirstOrDefault(File.Exists);
    }
}
