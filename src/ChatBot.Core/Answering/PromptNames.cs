namespace ChatBot.Core.Answering;

/// <summary>The prompt templates the answerer uses, as folder names under prompts/.</summary>
public static class PromptNames
{
    public const string Answer = "Answer";
    public const string CondenseQuestion = "CondenseQuestion";
}
