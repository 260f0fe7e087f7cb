using ChatBot.Core.Answering.Replay;
using ChatBot.Core.Indexing;

namespace ChatBot.Web.Tests.Streaming;

/// <summary>Replies a model could write to the Answer prompt, built from the passages the prompt shows.</summary>
internal static class ScriptedReplies
{
    /// <summary>The invented sentence of <see cref="WithInvention"/>: no passage supports it.</summary>
    public const string Invention = "He kept three cats in Vienna";

    private static readonly SentenceSplitter Sentences = new();

    /// <summary>The first sentences (of six words or more) of the prompt's first passage, each cited [1].</summary>
    public static IReadOnlyList<string> Faithful(string prompt, int count)
    {
        var first = PromptSource.Parse(prompt).FirstOrDefault();
        return first is null
            ? []
            : [.. Sentences.Split(first.Text).Where(s => s.Split(' ').Length >= 6 && s.EndsWith('.')).Take(count).Select(s => s[..^1] + " [1].")];
    }

    /// <summary>Two faithful sentences with an invented one cited [1] between them; a reply to any other prompt (condensing) is the question.</summary>
    public static string WithInvention(string prompt)
    {
        var faithful = Faithful(prompt, 2);
        return faithful.Count < 2 ? prompt : $"{faithful[0]} {Invention} [1]. {faithful[1]}";
    }
}
