namespace ChatBot.Core.Answering;

/// <summary>What kind of thing a question asks for, as far as a sentence can be checked for it.</summary>
internal enum AnswerType
{
    Any,
    Person,
    Date,
    Place,
    Number,
    Reason,
    Meaning,
    Event,
    Quote,
    Name,
}
