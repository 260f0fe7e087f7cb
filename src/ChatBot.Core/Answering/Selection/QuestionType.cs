namespace ChatBot.Core.Answering.Selection;

/// <summary>What kind of thing a question asks for, as far as a sentence can be checked for holding it.</summary>
public enum QuestionType
{
    Other,
    Person,
    Date,
    Place,
    Number,
    Reason,
    Meaning,
    Quote,
    Name,
}
