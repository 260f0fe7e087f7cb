using ChatBot.Core.Configuration;
using ChatBot.Core.Retrieval.Evaluation;

namespace ChatBot.Core.Answering.Selection.Training;

/// <summary>The labelled question sets the selector is trained and cross-validated on, and how they are read.</summary>
public static class LabelledSets
{
    /// <summary>The repository's labelled sets (never the blind sets scored only in aggregate, blind/holdout4.jsonl and blind/holdout5.jsonl).</summary>
    public static readonly IReadOnlyList<string> Default =
    [
        "tests/ChatBot.Core.Tests/Answering/dev.jsonl",
        "tests/ChatBot.Core.Tests/Answering/extra.jsonl",
        "tests/ChatBot.Core.Tests/Answering/holdout.jsonl",
        "tests/ChatBot.Core.Tests/Answering/holdout2.jsonl",
        "tests/ChatBot.Core.Tests/Answering/blind/holdout3.jsonl",
        "tests/ChatBot.Core.Tests/Answering/common.jsonl",
        "tests/ChatBot.Core.Tests/Answering/train1.jsonl",
    ];

    /// <summary>Builds the selector's input for every item of <paramref name="paths"/>; unreadable files or lines are reported in <paramref name="errors"/>.</summary>
    public static async Task<IReadOnlyList<LabelledQuestion>> BuildAsync(SelectorInputBuilder builder, IEnumerable<string> paths, List<string> errors, CancellationToken cancellationToken)
    {
        var questions = new List<LabelledQuestion>();
        foreach (var path in paths)
        {
            var (items, problems) = EvalSetReader.Read(ContentPaths.Resolve(path));
            errors.AddRange(problems);
            var set = Path.GetFileNameWithoutExtension(path);
            foreach (var item in items)
            {
                var input = await builder.BuildAsync(item.Question, item.History, cancellationToken).ConfigureAwait(false);
                questions.Add(new LabelledQuestion(set, item, input));
            }
        }

        return questions;
    }
}
