using ChatBot.Core.Text;
namespace ChatBot.Core.Answering.Selection;

/// <summary>One sentence of a passage, analysed once when the sentence table is built.</summary>
/// <param name="Position">Position of the sentence within its passage (0 = first).</param>
/// <param name="Terms">The analysed terms (<see cref="TextAnalyzer.Terms"/>), in order.</param>
/// <param name="Words">Every token (<see cref="TextAnalyzer.Tokens"/>) with its term as a word on its own, null for a stop word.</param>
public sealed record CorpusSentence(
    string PassageId,
    int Position,
    string Text,
    IReadOnlyList<string> Terms,
    IReadOnlySet<string> TermSet,
    IReadOnlyList<(string Word, string? Term)> Words,
    SentenceFacts Facts)
{
    /// <summary>Folded words of the sentence that the corpus writes as names (not as its first word).</summary>
    public IReadOnlySet<string> Names => Facts.Names;
}
