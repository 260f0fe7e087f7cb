namespace ChatBot.Core.Answering;

/// <summary>
/// One update of a streamed answer (<see cref="IAnswerService.StreamAsync"/>): that the text is being searched, one
/// verified sentence with the citations it names (numbered as in the whole answer), or, last, the whole answer — the
/// same <see cref="Answer"/> <see cref="IAnswerService.AskAsync"/> gives for the same reply of the model.
/// </summary>
public sealed record AnswerUpdate
{
    private AnswerUpdate(AnswerUpdateKind kind) => Kind = kind;

    /// <summary>The update "the text is being searched".</summary>
    public static AnswerUpdate Searching { get; } = new(AnswerUpdateKind.Searching);

    public AnswerUpdateKind Kind { get; }

    /// <summary>The verified sentence (<see cref="AnswerUpdateKind.Sentence"/>), markers included; empty otherwise.</summary>
    public string Text { get; private init; } = string.Empty;

    /// <summary>The citations the sentence's markers name; quotes cover the answer as far as it has got.</summary>
    public IReadOnlyList<Citation> Citations { get; private init; } = [];

    /// <summary>The whole answer, on the <see cref="AnswerUpdateKind.Final"/> update only.</summary>
    public Answer? Answer { get; private init; }

    /// <summary>A verified sentence of the answer.</summary>
    public static AnswerUpdate Sentence(CheckedSentence sentence) =>
        new(AnswerUpdateKind.Sentence) { Text = sentence.Text, Citations = sentence.Citations };

    /// <summary>The last update: the whole answer.</summary>
    public static AnswerUpdate Final(Answer answer) =>
        new(AnswerUpdateKind.Final) { Answer = answer, Citations = answer.Citations };
}
