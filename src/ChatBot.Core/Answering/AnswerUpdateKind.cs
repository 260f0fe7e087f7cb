namespace ChatBot.Core.Answering;

/// <summary>What an <see cref="AnswerUpdate"/> of a streamed answer brings.</summary>
public enum AnswerUpdateKind
{
    /// <summary>The answer is being looked for in the text (a model will be asked): worth telling the user while it works.</summary>
    Searching,

    /// <summary>One more verified sentence of the answer.</summary>
    Sentence,

    /// <summary>The whole answer; always the last update.</summary>
    Final,
}
